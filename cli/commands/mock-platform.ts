import { existsSync } from "node:fs";
import type { Argv, CommandModule } from "yargs";
import { ExitCode } from "../exit-codes.ts";

interface Args {
  port: number;
  host: string;
  data?: string;
  config?: string;
  "public-url"?: string;
  lang: "zh" | "en";
}

export const mockPlatformCommand: CommandModule<object, Args> = {
  command: "mock-platform",
  describe: "run a stateful mock of the city platform: token endpoint, JWKS, OpenID Connect login, the reporting intake with receipts, reconciliation and fault injection",
  builder: (y: Argv<object>) =>
    y
      .option("port", { type: "number", default: 8686, describe: "port to listen on (0: any free port)" })
      .option("host", { type: "string", default: "127.0.0.1", describe: "address to listen on" })
      .option("data", { type: "string", describe: "directory for the platform's key and state, kept across restarts (default: memory only)" })
      .option("config", { type: "string", describe: "YAML or JSON file: clients (clientId, clientSecret, systemNo, jwks, scopes, audiences, redirectUris), users, faults" })
      .option("public-url", { type: "string", describe: "the origin the platform names itself by (issuer), if not http://host:port" })
      .example("$0 mock-platform --port 8686 --data .mock-platform --config platform.yaml", "a platform that knows the clients in platform.yaml")
      .example("YWJY_MOCK_ADMIN_TOKEN=$(openssl rand -hex 24) $0 mock-platform", "an admin token of your own instead of a new one each start")
      .epilogue(
        "Admin API, with Authorization: Bearer <admin token> and JSON bodies only; requests of a web page of another origin are refused: " +
          "GET /mock (summary), POST /mock/clients, GET /mock/records?systemNo=&DATA_NO=, " +
          "GET /mock/records/{DATA_KEY}, GET /mock/systems/{SYSTEM_NO}/sequence, GET|POST|DELETE /mock/faults, GET /mock/events?since=N. " +
          "The admin token is YWJY_MOCK_ADMIN_TOKEN, else adminToken of --config, else a new one printed at the start (and nowhere else).",
      ) as unknown as Argv<Args>,
  handler: async (a) => {
    const zh = a.lang === "zh";
    if (a.config && !existsSync(a.config)) {
      console.error(`${a.config}: no such file`);
      process.exit(ExitCode.usage);
    }
    const { loadPlatformConfig, startMockPlatform } = await import("../../src/platform/index.ts");
    let config;
    try {
      config = a.config ? loadPlatformConfig(a.config) : {};
    } catch (e) {
      console.error((e as Error).message);
      process.exit(ExitCode.usage);
    }
    let platform;
    try {
      const adminToken = process.env.YWJY_MOCK_ADMIN_TOKEN || config.adminToken;
      platform = await startMockPlatform({ ...config, ...(adminToken ? { adminToken } : {}), port: a.port, host: a.host, dataDir: a.data, publicUrl: a["public-url"] });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EADDRINUSE" || code === "EACCES" || code === "EADDRNOTAVAIL") {
        console.error(`ywjy mock-platform: cannot listen on ${a.host}:${a.port} (${code})`);
        process.exit(ExitCode.usage);
      }
      throw e;
    }
    const clients = platform.registry.list();
    console.log(zh ? `ywjy mock-platform 正在监听 ${platform.url}` : `ywjy mock-platform listening on ${platform.url}`);
    console.log(`  OpenID discovery  ${platform.url}/.well-known/openid-configuration`);
    console.log(`  intake            ${platform.intakeUrl}`);
    console.log(`  admin             ${platform.url}/mock`);
    const given = process.env.YWJY_MOCK_ADMIN_TOKEN ? "YWJY_MOCK_ADMIN_TOKEN" : config.adminToken ? "--config adminToken" : undefined;
    console.log(`  admin token       ${given ? (zh ? `（取自 ${given}）` : `(from ${given})`) : platform.adminToken}`);
    console.log(zh ? `  已登记客户端 ${clients.length} 个${a.data ? `；状态保存在 ${a.data}` : "；状态仅在内存中"}` : `  ${clients.length} client(s) registered${a.data ? `; state kept in ${a.data}` : "; state in memory only"}`);
    const stop = () => {
      void platform.close().then(() => process.exit(ExitCode.ok));
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    await new Promise(() => {});
  },
};

import { createServer, type AddressInfo } from "node:net";

/** A loopback port free at the moment of asking (for a process that must be told its port in advance). */
export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

/**
 * Builds the Java SDK for the tests: one javac call over generated/java (data and types), src/java (the
 * runtime), examples/java (the sample server) and tests/java/src (Java helpers of the tests), against
 * Debian's Jackson jars (scripts/test.mjs installs them). The classes are kept in
 * .tmp/java/<hash of the sources>/ and reused while the sources stay the same.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fromRoot } from "../../src/paths.ts";

/** Debian's Jackson (libjackson2-databind-java pulls core and annotations): the SDK's only dependency. */
export const JAVA_JARS = ["jackson-core", "jackson-databind", "jackson-annotations"].map((j) => `/usr/share/java/${j}.jar`);
export const JAVA_SOURCE_DIRS = ["generated/java", "src/java", "examples/java", "tests/java/src"];

function javaFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? javaFiles(p) : p.endsWith(".java") ? [p] : [];
  });
}

export interface JavaBuild {
  classesDir: string;
  classpath: string;
  /** Whether this call compiled (false: the classes of an earlier call were reused). */
  compiled: boolean;
  compileMs: number;
}

/** Compiles the Java sources (once per content); throws with javac's output when they do not compile. */
export function buildJava(): JavaBuild {
  const missing = JAVA_JARS.filter((j) => !existsSync(j));
  if (missing.length) throw new Error(`the Java SDK needs Debian's Jackson (${missing.join(", ")} missing): run npm test once, or apt-get install libjackson2-databind-java`);
  const files = JAVA_SOURCE_DIRS.flatMap((d) => javaFiles(fromRoot(d))).sort();
  const hash = createHash("sha256");
  for (const f of files) hash.update(relative(fromRoot("."), f)).update("\0").update(readFileSync(f)).update("\0");
  const dir = fromRoot(".tmp", "java", hash.digest("hex").slice(0, 16));
  const classesDir = join(dir, "classes");
  const classpath = [classesDir, ...JAVA_JARS].join(":");
  if (existsSync(join(dir, "ok"))) return { classesDir, classpath, compiled: false, compileMs: 0 };
  const started = Date.now();
  const tmp = `${classesDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const argFile = join(tmp, "..", `sources-${process.pid}.txt`);
  writeFileSync(argFile, files.map((f) => `"${f}"`).join("\n"));
  const r = spawnSync("javac", ["-encoding", "UTF-8", "-nowarn", "-g", "--release", "17", "-d", tmp, "-cp", JAVA_JARS.join(":"), `@${argFile}`], { encoding: "utf8" });
  rmSync(argFile, { force: true });
  if (r.status !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    throw new Error(`javac failed (${r.status ?? r.error?.message}):\n${(r.stderr || r.stdout || "").slice(0, 8000)}`);
  }
  rmSync(classesDir, { recursive: true, force: true });
  renameSync(tmp, classesDir);
  writeFileSync(join(dir, "ok"), `${files.length} files\n`);
  return { classesDir, classpath, compiled: true, compileMs: Date.now() - started };
}

/** Runs a Java main class to its end; resolves with its exit code and output. */
export function runJava(build: JavaBuild, mainClass: string, args: string[] = [], input?: string, env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("java", ["-cp", build.classpath, mainClass, ...args], { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? "");
  });
}

/** Starts the Java sample trading system (examples/java); resolves with its URL once it listens. Stop it with `child.kill()`. */
export function startSampleSystem(build: JavaBuild, args: string[], env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn("java", ["-cp", build.classpath, "cn.xiamen.ggzy.ywjy.examples.SampleTradingSystem", ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  return new Promise((resolve, reject) => {
    child.stderr!.setEncoding("utf8").on("data", (d: string) => {
      output += d;
      // JAVA_SAMPLE_LOG=file: the system's log, for looking into a failed run.
      if (process.env.JAVA_SAMPLE_LOG) appendFileSync(process.env.JAVA_SAMPLE_LOG, d);
    });
    child.stdout!.setEncoding("utf8").on("data", (d: string) => {
      output += d;
      const m = /listening on (http:\/\/\S+)/.exec(output);
      if (m) resolve({ url: m[1]!, child });
    });
    child.on("exit", (code) => reject(new Error(`the sample system exited ${code}:\n${output}`)));
  });
}

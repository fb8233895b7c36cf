import { spawn, type ChildProcess } from "node:child_process";
import { REPO_ROOT } from "../../src/server/cli/paths";

export type StartedProcess = { child: ChildProcess; match: RegExpExecArray; output: () => string };

/**
 * Starts a Node script of this repository and resolves once its output matches `ready`; rejects if
 * it exits first or takes longer than `timeoutMs`.
 */
export function startProcess(args: string[], env: Record<string, string>, ready: RegExp, timeoutMs = 60_000): Promise<StartedProcess> {
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL"); // a process that never got ready must not outlive its caller
      reject(new Error(`${args.join(" ")} did not start in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.stdout?.on("data", (d: Buffer) => {
      output += d.toString();
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, match, output: () => output });
      }
    });
    child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(" ")} exited with ${code ?? signal}:\n${output}`));
    });
  });
}

/** How `npm start` says where it listens. */
export const SERVER_READY = /API\s+(http:\/\/\S+)\/api\/v1\/wards/;
export const SERVER_ARGS = ["--import", "tsx", "src/server/cli/start.ts", "--no-build"];

export type ApiProcess = {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  pid: number;
  /** What the server wrote to stderr since it started (warnings and errors at LOG_LEVEL=warn). */
  stderr(): string;
  /** Why the server is no longer running (it should be until stop()), or null while it runs. */
  exited(): string | null;
  stop(): Promise<void>;
};

/**
 * The real server as `npm start` runs it, on any free port, without rebuilding the front end, with
 * production settings and a rate limit that a benchmark from one address cannot reach.
 */
export async function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  const { child, match } = await startProcess(SERVER_ARGS, { PORT: "0", LOG_LEVEL: "warn", RATE_LIMIT_PER_MINUTE: "100000000", NODE_ENV: "production", ...env }, SERVER_READY);
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    origin: match[1] ?? "",
    pid: child.pid ?? 0,
    stderr: () => stderr,
    exited: () => (child.exitCode !== null ? `exit code ${child.exitCode}` : child.signalCode !== null ? `signal ${child.signalCode}` : null),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      await exited;
    },
  };
}

import { createServer } from "node:http";
import { readFileSync } from "node:fs";

// The floor to compare against: Node's own http server sending fixed bytes from memory.
const body = readFileSync(process.argv[2] ?? "", "utf8");
const server = createServer((_req, res) => {
  res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
  res.end(body);
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`LISTENING ${typeof address === "object" && address ? address.port : ""}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));

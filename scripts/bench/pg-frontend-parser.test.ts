import { describe, expect, it } from "vitest";
import { FrontendParser, type CapturedStatement } from "./pg-frontend-parser";

// Frontend messages as a PostgreSQL client writes them (protocol 3.0).
const cstring = (text: string) => Buffer.concat([Buffer.from(text, "utf8"), Buffer.from([0])]);
const int16 = (value: number) => Buffer.from([(value >> 8) & 0xff, value & 0xff]);
const int32 = (value: number) => {
  const buffer = Buffer.alloc(4);
  buffer.writeInt32BE(value);
  return buffer;
};
const message = (type: string, ...parts: Buffer[]) => {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from(type), int32(body.length + 4), body]);
};
const startup = () => {
  const body = Buffer.concat([int32(196608), cstring("user"), cstring("postgres"), Buffer.from([0])]);
  return Buffer.concat([int32(body.length + 4), body]);
};
const sslRequest = () => Buffer.concat([int32(8), int32(80877103)]);

const parse = (name: string, sql: string) => message("P", cstring(name), cstring(sql), int16(0));
const bind = (portal: string, statement: string, formats: number[], params: (Buffer | null)[]) =>
  message(
    "B",
    cstring(portal),
    cstring(statement),
    int16(formats.length),
    ...formats.map(int16),
    int16(params.length),
    ...params.map((param) => (param === null ? int32(-1) : Buffer.concat([int32(param.length), param]))),
    int16(0),
  );
const execute = (portal: string) => message("E", cstring(portal), int32(0));
const sync = () => message("S");

function parseAll(chunks: Buffer[]): CapturedStatement[] {
  const statements: CapturedStatement[] = [];
  const parser = new FrontendParser((statement) => statements.push(statement));
  for (const chunk of chunks) parser.push(chunk);
  return statements;
}

describe("reading what a PostgreSQL client sends", () => {
  it("reports each executed statement with its SQL and parameters, and each simple query", () => {
    const stream = Buffer.concat([
      sslRequest(),
      startup(),
      message("p", cstring("secret")),
      message("Q", cstring("BEGIN")),
      parse("", "SELECT * FROM t WHERE a = $1 AND b = $2 AND c = $3"),
      bind("", "", [0, 1, 0], [Buffer.from("text value"), Buffer.from([1, 2, 3]), null]),
      message("D", Buffer.from("P"), cstring("")),
      execute(""),
      sync(),
      message("Q", cstring("COMMIT")),
    ]);
    expect(parseAll([stream])).toEqual([
      { sql: "BEGIN", params: [] },
      {
        sql: "SELECT * FROM t WHERE a = $1 AND b = $2 AND c = $3",
        params: ["text value", Buffer.from([1, 2, 3]), null],
      },
      { sql: "COMMIT", params: [] },
    ]);
  });

  it("reads messages split anywhere across chunks, and one format code for every parameter", () => {
    const stream = Buffer.concat([
      startup(),
      parse("s1", "SELECT $1, $2"),
      bind("", "s1", [1], [Buffer.from([7]), Buffer.from([8])]),
      execute(""),
      sync(),
    ]);
    const chunks = Array.from({ length: stream.length }, (_, index) => stream.subarray(index, index + 1));
    expect(parseAll(chunks)).toEqual([{ sql: "SELECT $1, $2", params: [Buffer.from([7]), Buffer.from([8])] }]);
  });

  it("counts a named statement each time it is executed, and forgets it once closed", () => {
    const parser = new FrontendParser(() => undefined);
    const seen: string[] = [];
    const counting = new FrontendParser((statement) => seen.push(statement.sql));
    const stream = Buffer.concat([
      startup(),
      parse("q", "SELECT 1"),
      bind("", "q", [], []),
      execute(""),
      bind("", "q", [], []),
      execute(""),
      sync(),
    ]);
    counting.push(stream);
    expect(seen).toEqual(["SELECT 1", "SELECT 1"]);
    parser.push(Buffer.concat([startup(), parse("q", "SELECT 1"), message("C", Buffer.from("S"), cstring("q"))]));
    expect(() => parser.push(bind("", "q", [], []))).toThrow(/unknown prepared statement/);
  });
});

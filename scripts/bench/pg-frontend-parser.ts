// Reads what a PostgreSQL client sends (the frontend half of protocol 3.0) and reports every
// statement the server is asked to run: an Execute ('E') of a bound portal, whose SQL comes from
// its Parse ('P') and whose parameters from its Bind ('B'), or a simple Query ('Q'). The app is
// not touched: the benchmark's proxy feeds this parser a copy of the bytes (docs/decisions/011-benchmark.md).

/** A parameter as the client sent it: text, binary (format code 1), or NULL. */
export type ParameterValue = string | Buffer | null;

export type CapturedStatement = { sql: string; params: ParameterValue[] };

const sslRequestCode = 80877103;
const gssEncryptionRequestCode = 80877104;
const cancelRequestCode = 80877102;

/** Reads NUL-terminated strings and integers from one message body. */
class MessageReader {
  private offset = 0;
  constructor(private readonly body: Buffer) {}

  cstring(): string {
    const end = this.body.indexOf(0, this.offset);
    if (end < 0) throw new Error("malformed message: unterminated string");
    const text = this.body.toString("utf8", this.offset, end);
    this.offset = end + 1;
    return text;
  }

  int16(): number {
    const value = this.body.readInt16BE(this.offset);
    this.offset += 2;
    return value;
  }

  int32(): number {
    const value = this.body.readInt32BE(this.offset);
    this.offset += 4;
    return value;
  }

  bytes(length: number): Buffer {
    const value = this.body.subarray(this.offset, this.offset + length);
    this.offset += length;
    return Buffer.from(value);
  }
}

function readBind(body: Buffer, statements: Map<string, string>): { portal: string; statement: CapturedStatement } {
  const reader = new MessageReader(body);
  const portal = reader.cstring();
  const statementName = reader.cstring();
  const formats = Array.from({ length: reader.int16() }, () => reader.int16());
  const params: ParameterValue[] = [];
  const count = reader.int16();
  for (let index = 0; index < count; index += 1) {
    const length = reader.int32();
    // One format code applies to every parameter; none means all text.
    const format = formats.length === 1 ? formats[0] : (formats[index] ?? 0);
    if (length < 0) params.push(null);
    else params.push(format === 1 ? reader.bytes(length) : reader.bytes(length).toString("utf8"));
  }
  const sql = statements.get(statementName);
  if (sql === undefined) throw new Error(`Bind names an unknown prepared statement "${statementName}"`);
  return { portal, statement: { sql, params } };
}

/**
 * One client connection's parser. `push` every chunk the client sends, in order; `onStatement`
 * is called once for each statement the server will run.
 */
export class FrontendParser {
  private pending: Buffer = Buffer.alloc(0);
  private isStartupPhase = true;
  private readonly statements = new Map<string, string>();
  private readonly portals = new Map<string, CapturedStatement>();

  constructor(private readonly onStatement: (statement: CapturedStatement) => void) {}

  push(chunk: Buffer): void {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    for (;;) {
      const consumed = this.isStartupPhase ? this.readStartupMessage() : this.readTypedMessage();
      if (consumed === 0) return;
      this.pending = this.pending.subarray(consumed);
    }
  }

  /** Untyped messages before the session starts: SSL/GSS requests, then the startup packet. */
  private readStartupMessage(): number {
    if (this.pending.length < 8) return 0;
    const length = this.pending.readInt32BE(0);
    if (this.pending.length < length) return 0;
    const code = this.pending.readInt32BE(4);
    if (code === sslRequestCode || code === gssEncryptionRequestCode) return length;
    if (code === cancelRequestCode) return length;
    this.isStartupPhase = false;
    return length;
  }

  private readTypedMessage(): number {
    if (this.pending.length < 5) return 0;
    const type = String.fromCharCode(this.pending[0] ?? 0);
    const length = this.pending.readInt32BE(1);
    if (this.pending.length < 1 + length) return 0;
    this.handle(type, this.pending.subarray(5, 1 + length));
    return 1 + length;
  }

  private handle(type: string, body: Buffer): void {
    if (type === "P") {
      const reader = new MessageReader(body);
      const name = reader.cstring();
      this.statements.set(name, reader.cstring());
    } else if (type === "B") {
      const { portal, statement } = readBind(body, this.statements);
      this.portals.set(portal, statement);
    } else if (type === "E") {
      const portal = new MessageReader(body).cstring();
      const statement = this.portals.get(portal);
      if (!statement) throw new Error(`Execute names an unknown portal "${portal}"`);
      this.onStatement(statement);
    } else if (type === "Q") {
      this.onStatement({ sql: new MessageReader(body).cstring(), params: [] });
    } else if (type === "C") {
      // Close: 'S' statement or 'P' portal, then its name.
      const kind = String.fromCharCode(body[0] ?? 0);
      const name = new MessageReader(body.subarray(1)).cstring();
      (kind === "S" ? this.statements : this.portals).delete(name);
    }
  }
}

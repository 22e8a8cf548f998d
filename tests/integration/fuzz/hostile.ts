// Generators of hostile input (fast-check): what a careless paste, a broken client or an attacker
// sends. Each generator mixes the named nasties below with random text, so a run tries both.
import fc from "fast-check";

/** Text that has broken applications before. */
export const nastyStrings = [
  "",
  " ",
  "\t\n\r",
  "\u0000",
  "a\u0000b",
  "\u0000".repeat(3),
  // Unusual Unicode: right-to-left override, zero-width characters, BOM, emoji sequences, combining marks, lone surrogates.
  "\u202Egnp.exe",
  "\u200B\u200C\u200D\uFEFF",
  "👩‍👩‍👧‍👦🇫🇷",
  "Z̴̡̧͎̈́a̷̢̛l̶g̵o",
  "\uD800",
  "\uDFFF",
  "a\uD83Db",
  "ﷺ",
  "\u0085\u2028\u2029",
  // Markup and script.
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "javascript:alert(1)",
  "{{7*7}}",
  "${7*7}",
  // SQL-looking text.
  '\'; DROP TABLE "Mission"; --',
  "' OR '1'='1",
  "1; SELECT pg_sleep(5)",
  "%_%",
  "\\",
  "'",
  '"',
  // Numbers that are not what they seem.
  "-1",
  "0",
  "-0",
  "1e308",
  "1e-7",
  "NaN",
  "Infinity",
  "9007199254740993",
  "99999999999999999999",
  "0x10",
  "1,5",
  "1.5",
  "١٢٣",
  // Impossible or odd dates and times.
  "2016-02-30",
  "2017-02-29",
  "2016-13-01",
  "2016-00-10",
  "0000-00-00",
  "9999-12-31",
  "2016-02-29T25:61",
  "2016-05-12T14:30:00Z",
  "12/05/2016",
  "2016-5-2",
  // Dates outside the accepted years: year zero, two-digit years JavaScript reads as 19xx, the last
  // day a Date holds, negative and expanded years, months of year zero, other calendars.
  "0000-01-01",
  "0001-01-01",
  "0099-12-31",
  "275760-09-13",
  "-0001-01-01",
  "+002016-05-12",
  "0000-01-01T10:00",
  "9999-12-31T23:59",
  "0000-01",
  "0099-12",
  "1437-09-10 AH",
  "0",
  "275760",
  // Formula injection for spreadsheets, paths, a CRLF header split.
  '=HYPERLINK("http://x")',
  "+1+1",
  "@SUM(A1)",
  "../../etc/passwd",
  "a\r\nSet-Cookie: x=1",
];

const longString = fc.oneof(
  fc.integer({ min: 201, max: 6000 }).map((length) => "x".repeat(length)),
  fc.constantFrom(10_000, 100_000).map((length) => "é".repeat(length)),
);

/** Any hostile text. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...nastyStrings) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.constantFrom("<", ">", "'", '"', "&", ";", "-", "\u0000", "\u202E", "💥"),
      maxLength: 30,
    }),
  },
  { weight: 1, arbitrary: longString },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: false })).map(String) },
);

/** Any hostile JSON value: wrong types, huge and negative numbers, deep nesting. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      null,
      true,
      false,
      0,
      -1,
      -0.5,
      1e308,
      -1e308,
      2 ** 53 + 2,
      Number.MAX_SAFE_INTEGER,
      1.5,
    ),
  },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileString, hostileString, { maxKeys: 3 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom({}, [], [[[]]], JSON.parse('{"__proto__": {"isAdmin": true}}') as unknown, {
      constructor: { prototype: { polluted: true } },
    }),
  },
);

/**
 * A valid record with some of its fields made hostile, some dropped, and sometimes an unknown one
 * added: close enough to valid to get past the first checks, so the deeper ones are tried too.
 */
export function hostileVariant<T>(
  valid: Record<string, T>,
  value: fc.Arbitrary<T | string>,
): fc.Arbitrary<Record<string, T | string | undefined>> {
  const keys = Object.keys(valid);
  const unknownField = fc.tuple(
    fc.constantFrom("role", "partnerId", "archivedAt", "$ACTION_ID_x", "__proto__", "version", "id", "userId"),
    value,
  );
  return fc
    .record({
      // A form without fields (a button) still gets hostile ones: the unknown field is then always there.
      replaced: keys.length > 0 ? fc.subarray(keys, { minLength: 1 }) : fc.constant<string[]>([]),
      dropped: fc.subarray(keys, { maxLength: Math.min(2, keys.length) }),
      values: fc.array(value, { minLength: keys.length, maxLength: keys.length }),
      extra: keys.length > 0 ? fc.option(unknownField, { freq: 4 }) : unknownField,
    })
    .map(({ replaced, dropped, values, extra }) => {
      const variant: Record<string, T | string | undefined> = { ...valid };
      replaced.forEach((key) => (variant[key] = values[keys.indexOf(key)]));
      dropped.forEach((key) => delete variant[key]);
      if (extra) variant[extra[0]] = extra[1];
      return variant;
    });
}

/**
 * How many generated inputs each action, operation and route gets. 100 keeps the fuzz files near
 * two minutes of `npm test` on a quiet 2-core machine; FUZZ_RUNS=500 is the full run docs/reliability.md asks
 * for (docs/reliability.md quotes it).
 */
export const runsPerInput = Number(process.env.FUZZ_RUNS ?? 100);

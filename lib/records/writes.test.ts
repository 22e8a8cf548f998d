import { describe, expect, it } from "vitest";
import { staleFields } from "./writes";

describe("the fields a stale save would have overwritten", () => {
  it("are those whose stored value differs from the submitted one, with the stored value as text", () => {
    expect(
      staleFields(
        { name: "Èze", inseeCode: "06059", connectedOn: null, isExclusive: true, latitude: 43.7 },
        { name: "Eze", inseeCode: "06059", connectedOn: "", isExclusive: false, latitude: 43.7 },
      ),
    ).toEqual([
      { field: "name", current: "Èze" },
      { field: "isExclusive", current: "true" },
    ]);
  });

  it("show an emptied value as an empty text", () => {
    expect(staleFields({ endDate: null }, { endDate: "2020-01-01" })).toEqual([{ field: "endDate", current: "" }]);
  });
});

import { describe, expect, it } from "vitest";
import { withSavedNotice } from "./saved-notice";

describe("the saved notice's parameter", () => {
  it("goes before the fragment, after any query", () => {
    expect(withSavedNotice("/missions/abc")).toBe("/missions/abc?saved=1");
    expect(withSavedNotice("/missions/abc#mission-costs")).toBe("/missions/abc?saved=1#mission-costs");
    expect(withSavedNotice("/admin/reference/periods?page=2")).toBe("/admin/reference/periods?page=2&saved=1");
  });
});

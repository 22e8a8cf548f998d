import { describe, expect, it } from "vitest";
import {
  initialMultiPickerState,
  pressKey,
  toggleChosen,
  typeSearch,
  type MultiPickerState,
} from "./multi-picker-state";

const houston = { id: "d1", label: "Houston (US)" };
const haifa = { id: "d2", label: "Haïfa (IL)" };
const hangzhou = { id: "d3", label: "Hangzhou (CN)" };
const matches = [houston, haifa, hangzhou];

/** The state after pressing `keys` one after the other, the server's matches being `visible`; throws if a key is not the picker's. */
function press(state: MultiPickerState, keys: string[], visible = matches): MultiPickerState {
  return keys.reduce((current, key) => {
    const next = pressKey(current, key, visible);
    if (!next) throw new Error(`${key} was left to the browser`);
    return next;
  }, state);
}

const labels = (state: MultiPickerState) => state.chosen.map((option) => option.label);
const highlighted = (state: MultiPickerState) => matches[state.activeIndex]?.label;

describe("the multi-choice picker, with the keyboard", () => {
  it("opens on ↓ at the first match, wraps from the first to the last with ↑, and jumps with Home and End", () => {
    const opened = press(initialMultiPickerState([]), ["ArrowDown"]);
    expect(opened.isOpen).toBe(true);
    expect(highlighted(opened)).toBe("Houston (US)");
    expect(highlighted(press(opened, ["ArrowUp"]))).toBe("Hangzhou (CN)");
    expect(highlighted(press(opened, ["ArrowDown", "ArrowDown", "ArrowDown"]))).toBe("Houston (US)");
    expect(highlighted(press(opened, ["End"]))).toBe("Hangzhou (CN)");
    expect(highlighted(press(opened, ["End", "Home"]))).toBe("Houston (US)");
  });

  it("adds the highlighted match on Enter, then closes the list and empties the search for the next one", () => {
    const searching = typeSearch(initialMultiPickerState([]), "h");
    const first = press(searching, ["ArrowDown", "Enter"]);
    expect(labels(first)).toEqual(["Houston (US)"]);
    expect(first).toMatchObject({
      typed: "",
      isOpen: false,
      activeIndex: -1,
      change: { kind: "added", label: "Houston (US)" },
    });
    // ↓ opens it again on the first match.
    expect(press(first, ["ArrowDown"])).toMatchObject({ isOpen: true, activeIndex: 0 });
    const second = press(typeSearch(first, "hai"), ["ArrowDown", "ArrowDown", "Enter"]);
    expect(labels(second)).toEqual(["Houston (US)", "Haïfa (IL)"]);
  });

  it("removes a match already chosen when Enter is pressed on it again", () => {
    const state = press(initialMultiPickerState([houston, haifa]), ["ArrowDown", "Enter"]);
    expect(labels(state)).toEqual(["Haïfa (IL)"]);
    expect(state.change).toEqual({ kind: "removed", label: "Houston (US)" });
  });

  it("leaves Enter to the form while the list is closed, and does not submit while it is open with nothing highlighted", () => {
    const closed = initialMultiPickerState([houston]);
    expect(pressKey(closed, "Enter", matches)).toBeNull();
    const open = typeSearch(closed, "zzz");
    expect(pressKey(open, "Enter", [])).toEqual(open);
  });

  it("closes on Escape and forgets the search, keeping the entries; a closed list leaves Escape to the page", () => {
    const open = press(typeSearch(initialMultiPickerState([houston]), "ha"), ["ArrowDown"]);
    const closed = press(open, ["Escape"]);
    expect(closed).toMatchObject({ isOpen: false, typed: "", activeIndex: -1 });
    expect(labels(closed)).toEqual(["Houston (US)"]);
    expect(pressKey(closed, "Escape", matches)).toBeNull();
  });

  it("removes the last entry on Backspace in an empty input, one per press, and deletes typed text otherwise", () => {
    const state = initialMultiPickerState([houston, haifa]);
    const once = press(state, ["Backspace"]);
    expect(labels(once)).toEqual(["Houston (US)"]);
    expect(once.change).toEqual({ kind: "removed", label: "Haïfa (IL)" });
    expect(labels(press(state, ["Backspace", "Backspace"]))).toEqual([]);
    expect(pressKey(typeSearch(state, "Ho"), "Backspace", matches)).toBeNull();
    expect(pressKey(initialMultiPickerState([]), "Backspace", matches)).toBeNull();
  });

  it("leaves Home and End to the text while the list is closed or has no match", () => {
    expect(pressKey(initialMultiPickerState([]), "Home", matches)).toBeNull();
    expect(pressKey(typeSearch(initialMultiPickerState([]), "zzz"), "End", [])).toBeNull();
  });
});

describe("the multi-choice picker, with the mouse", () => {
  it("adds a clicked match once: clicking it again removes it", () => {
    const open = typeSearch(initialMultiPickerState([]), "h");
    const added = toggleChosen(open, hangzhou);
    expect(labels(added)).toEqual(["Hangzhou (CN)"]);
    expect(added).toMatchObject({ isOpen: false, typed: "" });
    expect(labels(toggleChosen(typeSearch(added, "han"), hangzhou))).toEqual([]);
  });
});

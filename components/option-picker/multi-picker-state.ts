import type { PickerOption } from "@/lib/records/option-query";

// What the multi-choice picker (multi-option-combobox.tsx) holds, and how each key and click
// changes it. Plain functions, no React: the component renders the state, the unit tests drive
// them the way a keyboard user does.

export type MultiPickerState = {
  /** The entries chosen, in the order they were added: the form posts them in this order. */
  chosen: PickerOption[];
  /** The search typed in the input ("" once an entry is chosen, ready for the next search). */
  typed: string;
  isOpen: boolean;
  /** The highlighted match (aria-activedescendant), -1 for none. */
  activeIndex: number;
  /** The last addition or removal, announced to screen readers. */
  change: { kind: "added" | "removed"; label: string } | null;
};

export const initialMultiPickerState = (chosen: PickerOption[]): MultiPickerState => ({
  chosen,
  typed: "",
  isOpen: false,
  activeIndex: -1,
  change: null,
});

export const isChosen = (state: MultiPickerState, id: string) => state.chosen.some((option) => option.id === id);

export const typeSearch = (state: MultiPickerState, typed: string): MultiPickerState => ({
  ...state,
  typed,
  isOpen: true,
  activeIndex: -1,
});

export const openList = (state: MultiPickerState): MultiPickerState => ({ ...state, isOpen: true });

/** Closing forgets the search, so the input is empty again (the chosen entries are the chips). */
export const closeList = (state: MultiPickerState): MultiPickerState => ({
  ...state,
  isOpen: false,
  typed: "",
  activeIndex: -1,
});

export const highlight = (state: MultiPickerState, activeIndex: number): MultiPickerState => ({
  ...state,
  activeIndex,
});

export function removeChosen(state: MultiPickerState, id: string): MultiPickerState {
  const option = state.chosen.find((entry) => entry.id === id);
  if (!option) return state;
  return {
    ...state,
    chosen: state.chosen.filter((entry) => entry.id !== id),
    change: { kind: "removed", label: option.label },
  };
}

/**
 * Adds a match, or removes it when it was already chosen (the list marks chosen entries). The list
 * closes and the search empties, ready for the next one: typing or ↓ opens it again. Left open, the
 * list would cover the fields and buttons below it, and a click meant for "Create" would land on a
 * city instead.
 */
export function toggleChosen(state: MultiPickerState, option: PickerOption): MultiPickerState {
  const next = isChosen(state, option.id)
    ? removeChosen(state, option.id)
    : { ...state, chosen: [...state.chosen, option], change: { kind: "added" as const, label: option.label } };
  return closeList(next);
}

/**
 * The state after `key` in the input, with `visible` the matches shown; null when the key is not
 * the picker's (the browser does its usual thing: Enter submits the form when the list is closed,
 * Escape reaches the page, Backspace deletes a typed character, Home/End move the caret).
 */
export function pressKey(
  state: MultiPickerState,
  key: string,
  visible: PickerOption[],
  altKey = false,
): MultiPickerState | null {
  const last = visible.length - 1;
  const move = (index: number): MultiPickerState => {
    const opened = openList(state);
    return visible.length > 0 ? highlight(opened, Math.max(0, Math.min(index, last))) : opened;
  };
  const active = visible[state.activeIndex];
  switch (key) {
    case "ArrowDown":
      return altKey ? openList(state) : move(state.activeIndex < last ? state.activeIndex + 1 : 0);
    case "ArrowUp":
      return move(state.activeIndex > 0 ? state.activeIndex - 1 : last);
    case "Home":
      return state.isOpen && visible.length > 0 ? move(0) : null;
    case "End":
      return state.isOpen && visible.length > 0 ? move(last) : null;
    case "Enter":
      if (!state.isOpen) return null;
      return active ? toggleChosen(state, active) : state;
    case "Escape":
      return state.isOpen ? closeList(state) : null;
    case "Backspace": {
      const lastChosen = state.chosen.at(-1);
      return state.typed === "" && lastChosen ? removeChosen(state, lastChosen.id) : null;
    }
    default:
      return null;
  }
}

"use client";

import { useEffect } from "react";

/** Whether a key press is typing into something, where "/" is a character and not a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * "/" or Ctrl+K (⌘K on a Mac) moves the keyboard to the visible search box, as on most sites
 * that have one. Renders nothing.
 */
export function SearchShortcut() {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const isSlash = event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
      const isCommandK = event.key.toLowerCase() === "k" && (event.ctrlKey || event.metaKey) && !event.altKey;
      if (!isSlash && !isCommandK) return;
      // Two boxes are rendered (sidebar and phone header); the one on screen has a layout box.
      const box = [...document.querySelectorAll<HTMLInputElement>("input[data-global-search]")].find(
        (input) => input.getClientRects().length > 0,
      );
      if (!box) return;
      event.preventDefault();
      box.focus();
      box.select();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
  return null;
}

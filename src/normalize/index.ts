// Re-exports only: see STYLE.md §1. Filled in by the normalize capability.
export {};

// Placeholder until the CLI capability lands.
console.log('vietext CLI: not yet implemented');

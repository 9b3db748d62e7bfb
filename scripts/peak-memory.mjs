// Loaded with --import into a process the benchmark measures: when the process ends, it says how
// much memory it held at most (its peak resident set), for the bench to read from its output.
process.on('exit', () => {
  process.stderr.write(`peak-memory-mb ${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
});

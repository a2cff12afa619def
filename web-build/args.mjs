// Command-line arguments of the web-build scripts: `--name value` or
// `--name=value`. Calls on(name, value, raw) for each argument, where value()
// takes the next argument (or the part after "=") and fails with `usage` when
// there is none.
export function walkArgs(argv, on, usage) {
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let v;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) { v = a.slice(eq + 1); a = a.slice(0, eq); }
    const value = () => {
      if (v !== undefined) return v;
      if (i + 1 >= argv.length) usage(2, `${a} needs a value`);
      return argv[++i];
    };
    on(a, value, argv[i]);
  }
}

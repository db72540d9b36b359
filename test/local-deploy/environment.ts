/** Runs `run` with `variables` set in process.env (undefined unsets one), and puts everything back after. */
export async function withEnvironment<T>(variables: { readonly [name: string]: string | undefined }, run: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(variables).map(name => [name, process.env[name]]));
  assign(variables);
  try {
    return await run();
  } finally {
    assign(saved);
  }
}

function assign(variables: { readonly [name: string]: string | undefined }): void {
  for (const [name, value] of Object.entries(variables)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}

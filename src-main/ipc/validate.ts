import * as v from 'valibot';

function describe(issue: v.BaseIssue<unknown>): string {
  const [first, ...rest] = issue.path?.map((item) => item.key) ?? [];
  const where =
    typeof first === 'number'
      ? [`argument ${first + 1}`, ...rest.map(String)].join(' → ')
      : 'arguments';
  return `${where}: ${issue.message}`;
}

/**
 * The arguments of an IPC call, checked against `schema` (a strict tuple), or an Error that
 * says which argument and which field is wrong: the renderer shows it, the log keeps it.
 */
export function parseArguments<S extends v.GenericSchema>(
  channel: string,
  schema: S,
  args: unknown[],
): v.InferOutput<S> {
  const result = v.safeParse(schema, args);
  if (result.success) return result.output;
  throw new Error(`Invalid arguments for ${channel}: ${result.issues.map(describe).join('; ')}`);
}

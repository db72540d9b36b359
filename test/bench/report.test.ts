import { mergeSections, NamedSection, parseReport, renderReport } from '../../bench/report';
import { BenchSection } from '../../bench/section';

const section = (title: string, missed: string[] = []): BenchSection => ({
  title,
  reproduce: `npm run bench -- --only ${title.toLowerCase()}`,
  markdown: `### ${title} table\n\n| a | b |\n|---|---|\n| 1 | 2 |`,
  missed,
});

const OLD: NamedSection[] = [
  { name: 'reconcile', section: section('Reconcile', ['Pool delete: 2 reads against 1']) },
  { name: 'bundle', section: section('Bundle', ['1.4× the SDK client alone']) },
];

describe('the report', () => {
  test('lists every figure over budget under Budgets, by section', () => {
    const report = renderReport('- CPU: test', OLD);
    expect(report).toContain('## Budgets\n\n- **Reconcile**: Pool delete: 2 reads against 1\n- **Bundle**: 1.4× the SDK client alone\n');
    expect(report).toContain('Reproduce: `npm run bench -- --only bundle`');
  });

  test('says so when every figure is within budget', () => {
    expect(renderReport('- CPU: test', [{ name: 'bundle', section: section('Bundle') }])).toContain('## Budgets\n\nEvery figure within budget.\n');
  });

  test('reads back the sections it wrote, with their figures over budget', () => {
    const parsed = parseReport(renderReport('- CPU: test', OLD));
    expect([...parsed]).toEqual(OLD.map(({ name, section: s }) => [name, s]));
  });

  test('a partial run replaces the sections it measured and keeps the others in the registry\'s order', () => {
    const previous = parseReport(renderReport('- CPU: test', OLD));
    const measured = [{ name: 'bundle', section: section('Bundle') }];
    const merged = mergeSections(['reconcile', 'synth', 'bundle'], measured, previous);
    expect(merged).toEqual([OLD[0], measured[0]]);
    expect(renderReport('- CPU: test', merged)).toContain('## Budgets\n\n- **Reconcile**: Pool delete: 2 reads against 1\n');
  });

  test('a first run keeps nothing', () => {
    expect(parseReport('')).toEqual(new Map());
  });
});

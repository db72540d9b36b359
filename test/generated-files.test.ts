import { readFileSync } from 'fs';
import * as path from 'path';
import {
  GENERATED_FILES, generateFromModel, MODEL_FILES, parseActionList, referenceActions, renderActionList,
} from '../projenrc/generate-service-model';

const ROOT = path.resolve(__dirname, '..');
/**
 * The committed generated files. Their paths are the generator's (GENERATED_FILES, in
 * projenrc/generate-service-model.ts): to move a generated file, change it there.
 */
const GENERATED = Object.values(GENERATED_FILES);

describe('the generated service model files', () => {
  const generated = generateFromModel(ROOT);

  test.each(GENERATED)('%s is exactly what `npx projen generate:model` makes from model/', file => {
    expect(readFileSync(path.join(ROOT, file), 'utf8')).toBe(generated[file]);
  });
});

describe('model/reference-actions.txt', () => {
  const text = readFileSync(path.join(ROOT, MODEL_FILES.actions), 'utf8');
  const actions = parseActionList(text);

  test('lists the reference\'s 91 actions, each once, each in the service model', () => {
    const model = JSON.parse(readFileSync(path.join(ROOT, MODEL_FILES.serviceModel), 'utf8')) as { operations: object };
    expect(actions).toHaveLength(91);
    expect(new Set(actions).size).toBe(91);
    expect(actions.filter(action => !(action in model.operations))).toEqual([]);
  });

  test('is in the form the generator writes it in', () => {
    expect(renderActionList(actions)).toBe(text);
  });
});

describe('referenceActions', () => {
  test('reads the bulleted action names under "The following actions are supported:", up to the first Request Syntax', () => {
    const reference = [
      'Welcome',
      '  • NotAnAction',
      'Actions',
      'The following actions are supported:',
      '  • CreatePool',
      '• DeletePool ',
      '  • not one',
      'CreatePool',
      'Request Syntax',
      '  • AfterTheList',
    ].join('\n');
    expect(referenceActions(reference)).toEqual(['CreatePool', 'DeletePool']);
  });
});

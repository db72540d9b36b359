import { JsonFile, awscdk, javascript, typescript } from 'projen';
import type { TaskOptions } from 'projen/lib/task';

const cdkVersion = '2.189.1';

const project = new awscdk.AwsCdkConstructLibrary({
  name: 'cdk-end-user-messaging-sms',
  description: 'AWS CDK L2 constructs for AWS End User Messaging SMS v2 (pinpoint-sms-voice-v2): configuration sets, pools, phone numbers, sender IDs, opt-out lists, protect configurations and registrations.',
  author: 'cdk-end-user-messaging-sms maintainers',
  authorAddress: 'maintainers@users.noreply.github.com',
  repositoryUrl: 'https://github.com/cdk-end-user-messaging/cdk-end-user-messaging-sms.git',
  // What users search npm, PyPI, Maven and Construct Hub by: the CDK, the service's names old and
  // new, and what they come to do.
  keywords: [
    'aws-cdk', 'cdk', 'awscdk', 'constructs', 'sms', 'text-messaging', 'end-user-messaging', 'aws-end-user-messaging-sms',
    'pinpoint', 'sms-voice', 'pinpoint-sms-voice-v2', 'sender-id', 'opt-out', '10dlc', 'toll-free',
  ],
  homepage: 'https://github.com/cdk-end-user-messaging/cdk-end-user-messaging-sms#readme',
  stability: 'experimental',
  license: 'Apache-2.0',
  defaultReleaseBranch: 'main',
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,
  // Transpiled only: the typecheck task type-checks .projenrc.ts with projenrc/.
  projenrcTsOptions: { runner: typescript.TypeScriptRunner.tsNode({ typeCheck: false, tsconfig: 'projenrc/tsconfig.json' }) },
  projenVersion: '0.103.25',

  // The floor users can install with; the tests run against exactly this version.
  cdkVersion,
  constructsVersion: '10.5.1',
  jsiiVersion: '~6.0.0',
  typescriptVersion: '~6.0.0',
  minNodeVersion: '20.0.0',

  publishToPypi: {
    distName: 'cdk-end-user-messaging-sms',
    module: 'cdk_end_user_messaging_sms',
  },
  publishToMaven: {
    javaPackage: 'io.github.cdkendusermessaging.sms',
    mavenGroupId: 'io.github.cdk-end-user-messaging',
    mavenArtifactId: 'cdk-end-user-messaging-sms',
  },

  devDeps: [
    '@aws-sdk/client-pinpoint-sms-voice-v2@3.1138.0',
    '@smithy/core@3.41.1',
    // The handler's credentials, from its environment (lambda/sms-provider/env-credentials.ts).
    '@aws-sdk/credential-provider-env@3.972.86',
    // The Provider framework's own runtime, which the local lifecycle runner drives in process.
    '@aws-sdk/client-lambda@3.1138.0',
    '@aws-sdk/client-sfn@3.1138.0',
    '@aws-cdk/integ-runner@2.197.10',
    '@aws-cdk/integ-tests-alpha@2.187.0-alpha.0',
    'cdk-nag@2.38.2',
    'esbuild@0.28.2',
    'awslint@2.72.1',
    'aws-cdk@2.1148.1',
    // Type-checks examples/python against the generated Python bindings.
    'pyright@1.1.414',
    // The examples import the library by its package name, as an app does (examples/tsconfig.json).
    'tsconfig-paths@4.2.0',
  ],

  jestOptions: {
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
    // The CI summary (projenrc/jest-summary.ts) reads these results.
    extraCliOptions: ['--json', '--outputFile=test-reports/jest-results.json'],
    jestConfig: {
      testTimeout: 60_000,
      // Both cores: Jest's default is one worker fewer than the cores.
      maxWorkers: 2,
      // Coverage of the library and the handler, not of the tests, the emulator or the runner.
      collectCoverageFrom: ['src/**/*.ts', 'lambda/**/*.ts'],
      // Istanbul counters in those files only (babel-plugin-istanbul over swc's output), not V8's
      // block coverage of every script loaded, aws-cdk-lib included: the suite takes 30 s, not 64 s.
      coverageProvider: 'babel',
      coverageReporters: ['text-summary', 'lcov', 'cobertura'],
      // The soak runs minutes per seed at the service's real quotas: `npx projen soak` runs it.
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/soak/'],
    },
    // No per-file table in the log: text-summary prints the totals, lcov has the detail.
    coverageText: false,
  },
  eslintOptions: {
    dirs: ['src'],
    devdirs: ['test', 'lambda', 'examples', 'projenrc', 'bench'],
  },
  lambdaAutoDiscover: false,
  integrationTestAutoDiscover: false,
  gitignore: ['/cdk.out/', '/bindings/', '.jsii.tabl.json', '__pycache__/', '/test/.readme-app-*/'],
});

// Jest transpiles TypeScript with swc, without type-checking; the typecheck task, which the test
// task runs first, type-checks src, test, lambda, examples and projenrc with tsc.
project.addDevDeps('@swc/core@1.16.22', '@swc/jest@0.2.39');
project.deps.removeDependency('ts-jest');
project.jest!.config.transform = {
  '^.+\\.[t]sx?$': ['@swc/jest', {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  }],
};
const typecheck = project.addTask('typecheck', {
  description: 'Type-check everything Jest runs untyped: src, test, lambda and examples (test/tsconfig.json), and projenrc',
});
typecheck.exec(`tsc --noEmit -p ${project.tsconfigDev.fileName}`);
typecheck.exec('tsc --noEmit -p projenrc/tsconfig.json');

// The boundaries between the folders: lambda/ (bundled into the handler) may take from src/ only
// the wire contract that both sides share, and that contract stays free of aws-cdk-lib.
project.eslint?.addOverride({
  files: ['lambda/**/*.ts'],
  rules: {
    '@typescript-eslint/no-restricted-imports': ['error', {
      patterns: [{
        group: ['**/src/**', '!**/src/wire', '!**/src/wire/**'],
        message: 'lambda/ may import from src/ only the wire contract (src/wire/): everything else is the construct side, and would be bundled into the handler.',
      }],
    }],
  },
});
project.eslint?.addOverride({
  files: ['src/wire/**/*.ts'],
  rules: {
    '@typescript-eslint/no-restricted-imports': ['error', {
      paths: ['aws-cdk-lib', 'constructs'].map(name => ({
        name,
        message: 'src/wire/ is shared with the handler bundle: it must not import aws-cdk-lib or constructs.',
      })),
      patterns: [
        { group: ['aws-cdk-lib/*'], message: 'src/wire/ is shared with the handler bundle: it must not import aws-cdk-lib.' },
        { group: ['../*'], message: 'src/wire/ imports only from itself (and the SDK\'s types): it is the contract both sides share.' },
      ],
    }],
  },
});

// The custom-resource handler lives outside src/ (jsii must never see it), so its bundle is
// registered by hand. The SDK client is bundled; the module field picks its tree-shakable ES build,
// and its credentials come from the environment only (lambda/sms-provider/env-credentials.ts).
project.bundler.addBundle('lambda/sms-provider/index.ts', {
  platform: 'node',
  target: 'node22',
  externals: [],
  minify: true,
  mainFields: ['module', 'main'],
  esbuildArgs: { '--alias:@aws-sdk/credential-provider-node': './lambda/sms-provider/env-credentials.ts' },
  outfile: '../../../sms-provider/index.js',
  watchTask: false,
});
project.tsconfigDev.addInclude('../lambda/**/*.ts');
project.tsconfigDev.addInclude('../examples/**/*.ts');
project.tsconfigDev.addInclude('../bench/**/*.ts');
// lambda/, examples/ and bench/ are type-checked (and linted) like the tests, which they sit beside.
for (const dir of ['lambda', 'examples', 'bench']) {
  new JsonFile(project, `${dir}/tsconfig.json`, {
    obj: { extends: '../test/tsconfig.json', include: ['**/*.ts'] },
  });
}
// The examples import the library by its package name, as an app of a user does: in this
// repository the name is src/, for tsc and eslint here, and at run time through tsconfig-paths
// (the runner's synth worker, synth:examples).
project.tsconfigDev.file.addOverride('compilerOptions.paths', { [project.package.packageName]: ['../src'] });
project.eslint?.file.addOverride('settings.import/resolver.typescript.project', ['./tsconfig.json', `./${project.tsconfigDev.fileName}`]);
project.eslint?.file.addOverride('settings.import/resolver.typescript.noWarnOnMultipleProjects', true);
project.npmignore?.exclude('/lambda/', '/examples/', '/bench/', '/cdk.out/', '/bindings/', '/model/', '/.ci/', '/API.python.md', '/API.java.md');

// API.md in Python and Java, with the README, its snippets translated by jsii-rosetta.
project.tasks.tryFind('docgen')!.exec('jsii-docgen --language python --language java --readme --output API.md');

// awslint: the aws-cdk team's construct-library guideline linter, over the jsii assembly.
project.package.addField('awslint', {
  exclude: [
    // awslint 2.72 expects @aws-cdk/core.Duration and flags aws-cdk-lib's Duration.
    'duration-prop-type',
  ],
});
const awslint = project.addTask('awslint', {
  description: 'Lint the jsii assembly against the CDK construct-library guidelines',
  exec: 'awslint',
});

// The Python and Java bindings cannot be packaged offline, so generate their code and check it,
// with the examples in those languages: Python type-checked against the bindings, Java parsed.
const bindings = project.addTask('bindings', {
  description: 'Generate the Python and Java bindings, check that they parse, and check examples/python and examples/java against them',
});
bindings.exec('rm -rf bindings && jsii-pacmak --targets python java --code-only --outdir bindings');
bindings.exec('python3 -m compileall -q bindings/python/src examples/python');
bindings.exec('pyright -p examples/python/pyrightconfig.json');
bindings.exec("javac -XDshould-stop.ifNoError=PARSE -XDshould-stop.ifError=PARSE -d bindings/javac $(find bindings/java/src examples/java/src -name '*.java')");
bindings.exec('bash projenrc/java-example-imports.sh');

const rosetta = project.addTask('rosetta', {
  description: 'Compile every TypeScript snippet of the README and the API docs',
  exec: 'jsii-rosetta extract --compile --fail',
});

// Integration tests: test/integ.*.ts, verified offline against their committed snapshots.
// Asset copies stay out of the snapshots: the handler bundle changes with every handler change.
project.gitignore.exclude('/test/*.snapshot/asset.*');
const integCommand = 'integ-runner --language typescript --app "node -r ts-node/register/transpile-only {filePath}"';
const integ = project.addTask('integ', {
  description: 'Verify the integ test snapshots offline (no deployment)',
  env: { AWS_REGION: 'us-east-1' },
  exec: integCommand,
});
project.addTask('integ:update', {
  description: 'Rewrite the integ test snapshots without deploying',
  env: { AWS_REGION: 'us-east-1' },
  exec: `${integCommand} --update-on-failed --dry-run --force`,
});

// `build` packages JavaScript only, with or without CI set: packaging Java needs Maven Central and
// Python needs PyPI (setuptools, twine). The bindings task above checks both languages offline.
// `package-all` (js, java, python) stays for machines that reach the registries; the release
// workflow packages each language in its own job (package:js, package:java, package:python).
const packageJs = project.tasks.tryFind('package:js')!;
project.packageTask.reset();
project.packageTask.description = 'Creates the JavaScript package (package-all packages every language, online)';
project.packageTask.spawn(packageJs);

// The test task: Jest, and beside it (projenrc/beside.sh) every other check, one after the other.
// Jest's workers leave a core idle for much of the run, while tests wait on the emulator, the synth
// workers and timers; the checks fill it. Both run to the end, and either failing fails the task.
const checks = project.addTask('test:checks', {
  description: 'The checks of the test task besides Jest: typecheck, eslint, awslint, integ, rosetta, bindings',
});
for (const task of [typecheck, project.eslint!.eslintTask, awslint, integ, rosetta, bindings]) checks.spawn(task);
const jestStep = project.testTask.steps.find(step => step.execArgs?.[0] === 'jest');
if (!jestStep?.execArgs) throw new Error('projen\'s test task has no jest step');
project.testTask.reset();
project.testTask.execArgs(['bash', 'projenrc/beside.sh', checks.name, '--', ...jestStep.execArgs], { receiveArgs: true });

// The service model is vendored in model/; test/generated-files.test.ts keeps the output in step with it.
project.addTask('generate:model', {
  description: 'Regenerate the service constraints and emulator shapes from the service model in model/ '
    + '(--reference <api-reference.txt> derives model/reference-actions.txt again first)',
  exec: 'ts-node --project projenrc/tsconfig.json projenrc/generate-service-model.ts',
  receiveArgs: true,
});

/** A task that runs the handler bundle first: the bench, the soak and the demo deploy it. */
function taskAfterBundle(name: string, options: TaskOptions): void {
  project.addTask(name, options).prependSpawn(project.bundler.bundleTask);
}

taskAfterBundle('bench', {
  description: 'Run the benchmarks against DESIGN.md\'s budgets and write BENCHMARKS.md (bench/README.md)',
  exec: 'ts-node --transpile-only bench/index.ts',
  receiveArgs: true,
});

taskAfterBundle('soak', {
  description: 'The reliability soak (test/soak): every example app and the 50-resource app through create, update, a failed update '
    + 'and its rollback, update and destroy, against a throttling, failing emulator; SOAK_SEEDS=1,2,3 picks the seeds, else one from the clock',
  exec: 'jest test/soak --coverage=false --testPathIgnorePatterns=/node_modules/',
  receiveArgs: true,
});

project.addTask('emulator', {
  description: 'Run the local SMS v2 emulator in the foreground (--port, or SMS_EMULATOR_PORT, default 4566)',
  exec: 'ts-node --transpile-only test/emulator/cli.ts',
  receiveArgs: true,
});

project.addTask('synth:examples', {
  description: 'Synthesize every example app with the cdk CLI',
  env: { CDK_DISABLE_CLI_TELEMETRY: 'true', CDK_DISABLE_VERSION_CHECK: 'true' },
  exec: 'bash projenrc/synth-examples.sh',
});

taskAfterBundle('demo', {
  description: 'Deploy every example app locally (v1, update to v2, destroy) against the SMS v2 emulator, '
    + 'through the bundled handler and the Provider framework',
  exec: 'ts-node --transpile-only test/local-deploy/demo.ts',
  receiveArgs: true,
});

// jsii and the SDK print end-of-life banners on Node.js 20; the Lambda runtime is Node.js 22.
project.tasks.addEnvironment('JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION', '1');

project.synth();

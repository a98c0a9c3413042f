/**
 * Type checks a mutated source against the project's tsconfig, in memory (a TypeScript language
 * service: only the mutated file changes between checks, so each check costs tens of milliseconds).
 * A mutant that does not type check could never be committed (`npm run compile` would refuse it);
 * it is reported as a compile error and left out of the kill ratio.
 *
 * Only the mutated file's own diagnostics are compared; a mutant that breaks an importer's types
 * but not its own file is tested like any other.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';

export interface TypeChecker {
  /** The first new error a mutated `file` has (compared with its original text), or null. */
  check(file: string, text: string): string | null;
}

export function createTypeChecker(root: string, files: readonly string[]): TypeChecker {
  const configPath = resolve(root, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`cannot read ${configPath}`);
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: true };

  const overrides = new Map<string, { text: string; version: number }>();
  const roots = files.map((f) => resolve(root, f));
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => roots,
    getScriptVersion: (name) => String(overrides.get(name)?.version ?? 0),
    getScriptSnapshot: (name) => {
      const text = overrides.get(name)?.text ?? ts.sys.readFile(name);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => root,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  const errorsOf = (name: string) =>
    [...service.getSyntacticDiagnostics(name), ...service.getSemanticDiagnostics(name)].filter(
      (d) => d.category === ts.DiagnosticCategory.Error,
    );
  const baseline = new Map<string, Set<string>>();
  const key = (d: ts.Diagnostic) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  let version = 0;

  return {
    check(file, text) {
      const name = resolve(root, file);
      if (!baseline.has(name)) baseline.set(name, new Set(errorsOf(name).map(key)));
      overrides.set(name, { text, version: ++version });
      try {
        const known = baseline.get(name)!;
        const fresh = errorsOf(name).find((d) => !known.has(key(d)));
        if (!fresh) return null;
        const line = fresh.file ? fresh.file.getLineAndCharacterOfPosition(fresh.start ?? 0).line + 1 : 0;
        return `${key(fresh)} (line ${line})`;
      } finally {
        overrides.set(name, { text: readFileSync(name, 'utf8'), version: ++version });
      }
    },
  };
}

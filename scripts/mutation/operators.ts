/**
 * Mutants of one TypeScript source, generated from its syntax tree (the `typescript` parser: no type
 * information needed). Each mutant is one small text replacement; applyMutant() makes the mutated
 * source. Pure: no file access, so the tool's own tests run it on a string.
 */
import ts from 'typescript';

export const OPERATORS = [
  'comparison',
  'equality',
  'logical',
  'negate-condition',
  'boolean',
  'number',
  'remove-statement',
  'math',
  'nullish',
  'arithmetic',
] as const;
export type Operator = (typeof OPERATORS)[number];

/** What each operator does, for the report and docs/MUTATION.md. */
export const OPERATOR_HELP: Record<Operator, string> = {
  comparison: 'a boundary moves: < ↔ <=, > ↔ >=',
  equality: '=== ↔ !==, == ↔ !=',
  logical: '&& ↔ ||',
  'negate-condition': 'the condition of an if or a ?: is negated',
  boolean: 'true ↔ false',
  number: 'a number literal n becomes n + 1, and 0 (when n is not 0)',
  'remove-statement': 'an expression statement, or an early return / break / continue, is removed',
  math: 'Math.max ↔ Math.min',
  nullish: 'a ?? b becomes a (the fallback is dropped)',
  arithmetic: '+ ↔ -, += ↔ -=',
};

export interface Mutant {
  /** Stable across runs of the same source: file, offset, operator and replacement. */
  id: string;
  /** Repository-relative path, forward slashes. */
  file: string;
  operator: Operator;
  /** Replaced range of the original source: [start, end). */
  start: number;
  end: number;
  replacement: string;
  /** 1-based position of `start`, and the last line the replaced range touches. */
  line: number;
  column: number;
  endLine: number;
  /** The enclosing function (`name`, `Class.method`, `outer/inner`), null at module level. */
  fn: string | null;
  /** The replaced text and its replacement, whitespace collapsed (for reading, not for applying). */
  before: string;
  after: string;
}

export function applyMutant(source: string, mutant: Pick<Mutant, 'start' | 'end' | 'replacement'>): string {
  return source.slice(0, mutant.start) + mutant.replacement + source.slice(mutant.end);
}

const SWAP: Partial<Record<ts.SyntaxKind, [Operator, ts.SyntaxKind]>> = {
  [ts.SyntaxKind.LessThanToken]: ['comparison', ts.SyntaxKind.LessThanEqualsToken],
  [ts.SyntaxKind.LessThanEqualsToken]: ['comparison', ts.SyntaxKind.LessThanToken],
  [ts.SyntaxKind.GreaterThanToken]: ['comparison', ts.SyntaxKind.GreaterThanEqualsToken],
  [ts.SyntaxKind.GreaterThanEqualsToken]: ['comparison', ts.SyntaxKind.GreaterThanToken],
  [ts.SyntaxKind.EqualsEqualsEqualsToken]: ['equality', ts.SyntaxKind.ExclamationEqualsEqualsToken],
  [ts.SyntaxKind.ExclamationEqualsEqualsToken]: ['equality', ts.SyntaxKind.EqualsEqualsEqualsToken],
  [ts.SyntaxKind.EqualsEqualsToken]: ['equality', ts.SyntaxKind.ExclamationEqualsToken],
  [ts.SyntaxKind.ExclamationEqualsToken]: ['equality', ts.SyntaxKind.EqualsEqualsToken],
  [ts.SyntaxKind.PlusToken]: ['arithmetic', ts.SyntaxKind.MinusToken],
  [ts.SyntaxKind.MinusToken]: ['arithmetic', ts.SyntaxKind.PlusToken],
  [ts.SyntaxKind.PlusEqualsToken]: ['arithmetic', ts.SyntaxKind.MinusEqualsToken],
  [ts.SyntaxKind.MinusEqualsToken]: ['arithmetic', ts.SyntaxKind.PlusEqualsToken],
};

const collapse = (text: string, max = 160): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

function functionName(node: ts.Node): string | null {
  const names: string[] = [];
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    if (!ts.isFunctionLike(n)) continue;
    let name: string | null = null;
    if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isFunctionExpression(n)) && n.name)
      name = n.name.getText();
    else if (ts.isVariableDeclaration(n.parent) && ts.isIdentifier(n.parent.name)) name = n.parent.name.text;
    else if (ts.isPropertyAssignment(n.parent)) name = n.parent.name.getText();
    else if (ts.isCallExpression(n.parent)) {
      const callee = n.parent.expression;
      name = `${ts.isPropertyAccessExpression(callee) ? callee.name.text : callee.getText()} callback`;
    }
    if (name) names.unshift(name);
  }
  return names.length ? names.join('/') : null;
}

/** The function body (or case clause) that `node` belongs to directly, if any. */
const directlyIn = (node: ts.Node, kind: 'function' | 'case'): boolean => {
  const parent = node.parent;
  if (kind === 'case') return ts.isCaseClause(parent) || ts.isDefaultClause(parent);
  return ts.isBlock(parent) && ts.isFunctionLike(parent.parent);
};

/** `{ 2: … }`: a key, not a value. */
const isPropertyKey = (node: ts.Node): boolean =>
  (ts.isPropertyAssignment(node.parent) ||
    ts.isPropertyDeclaration(node.parent) ||
    ts.isMethodDeclaration(node.parent)) &&
  node.parent.name === node;

function numberValue(text: string): number {
  return Number(text.replace(/_/g, ''));
}

/**
 * All mutants of `source`, in source order. `file` is only recorded in each mutant (and its id).
 * The operators are listed in OPERATORS; a node in a type position is never mutated.
 */
export function generateMutants(file: string, source: string, only?: ReadonlySet<Operator>): Mutant[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const mutants: Mutant[] = [];
  const seen = new Set<string>();

  const add = (
    operator: Operator,
    node: ts.Node | { start: number; end: number; at: ts.Node },
    replacement: string,
  ) => {
    if (only && !only.has(operator)) return;
    const at = 'at' in node ? node.at : node;
    const start = 'at' in node ? node.start : node.getStart(sf);
    const end = node.end;
    const original = source.slice(start, end);
    if (original === replacement) return;
    const id = `${file}@${start}-${end}:${operator}:${replacement}`;
    if (seen.has(id)) return;
    seen.add(id);
    const pos = sf.getLineAndCharacterOfPosition(start);
    mutants.push({
      id,
      file,
      operator,
      start,
      end,
      replacement,
      line: pos.line + 1,
      column: pos.character + 1,
      endLine: sf.getLineAndCharacterOfPosition(end).line + 1,
      fn: functionName(at),
      before: collapse(original),
      after: collapse(replacement) || '(removed)',
    });
  };

  const removeStatement = (statement: ts.Statement) => {
    // Directly in a block: remove it. As the body of an if / loop: an empty block keeps the syntax valid.
    const inList =
      ts.isBlock(statement.parent) || ts.isCaseClause(statement.parent) || ts.isDefaultClause(statement.parent);
    add('remove-statement', statement, inList ? '' : '{}');
  };

  const visit = (node: ts.Node): void => {
    // Types, interfaces and imports are not code: nothing below them is mutated.
    if (ts.isTypeNode(node) && !ts.isExpressionWithTypeArguments(node)) return;
    if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) return;
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;

    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken;
      const swap = SWAP[op.kind];
      if (swap) {
        const [operator, to] = swap;
        add(operator, { start: op.getStart(sf), end: op.end, at: node }, ts.tokenToString(to)!);
      }
      if (op.kind === ts.SyntaxKind.AmpersandAmpersandToken || op.kind === ts.SyntaxKind.BarBarToken) {
        // Parenthesized, so that the mutant keeps the tree's shape (&& binds tighter than ||).
        const to = op.kind === ts.SyntaxKind.AmpersandAmpersandToken ? '||' : '&&';
        add('logical', node, `(${node.left.getText(sf)} ${to} ${node.right.getText(sf)})`);
      }
      if (op.kind === ts.SyntaxKind.QuestionQuestionToken) add('nullish', node, `(${node.left.getText(sf)})`);
    }

    if (ts.isIfStatement(node)) add('negate-condition', node.expression, `!(${node.expression.getText(sf)})`);
    if (ts.isConditionalExpression(node)) add('negate-condition', node.condition, `!(${node.condition.getText(sf)})`);

    if (node.kind === ts.SyntaxKind.TrueKeyword) add('boolean', node, 'false');
    if (node.kind === ts.SyntaxKind.FalseKeyword) add('boolean', node, 'true');

    if (ts.isNumericLiteral(node) && !isPropertyKey(node)) {
      const n = numberValue(node.text);
      if (Number.isFinite(n)) {
        add('number', node, String(n + 1));
        if (n !== 0) add('number', node, '0');
      }
    }

    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'Math' &&
      (node.name.text === 'max' || node.name.text === 'min')
    ) {
      add('math', node.name, node.name.text === 'max' ? 'min' : 'max');
    }

    const inFunction = ts.findAncestor(node.parent, ts.isFunctionLike) !== undefined;
    if (inFunction && ts.isExpressionStatement(node)) removeStatement(node);
    if (ts.isReturnStatement(node) && !directlyIn(node, 'function')) removeStatement(node);
    if (ts.isBreakStatement(node) && !directlyIn(node, 'case')) removeStatement(node);
    if (ts.isContinueStatement(node)) removeStatement(node);

    ts.forEachChild(node, visit);
  };
  visit(sf);
  return mutants.sort((a, b) => a.start - b.start || a.end - b.end || a.operator.localeCompare(b.operator));
}

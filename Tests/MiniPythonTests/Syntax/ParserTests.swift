import Testing

@testable import MiniPython

/// The parser's trees, printed in a compact Lisp-like form so each test reads as one line.
@Suite struct ParserTests {
  private func tree(_ source: String) throws -> String {
    try Parser.parse(source).map(render).joined(separator: "; ")
  }

  private func render(_ s: Statement) -> String {
    switch s {
    case .expression(let e, _): return render(e)
    case .assign(let targets, let value, _): return "(= " + (targets + [value]).map(render).joined(separator: " ") + ")"
    case .augmentedAssign(let t, let op, let v, _): return "(\(op.symbol)= \(render(t)) \(render(v)))"
    case .ifElse(let c, let a, let b, _): return "(if \(render(c)) [\(a.map(render).joined(separator: " "))] [\(b.map(render).joined(separator: " "))])"
    case .forLoop(let t, let i, let body, _, _): return "(for \(render(t)) \(render(i)) [\(body.map(render).joined(separator: " "))])"
    case .whileLoop(let c, let body, _, _): return "(while \(render(c)) [\(body.map(render).joined(separator: " "))])"
    case .function(let d, _): return "(def \(d.name) (\(d.parameters.names.joined(separator: " "))) [\(d.body.map(render).joined(separator: " "))])"
    case .classDefinition(let d, _): return "(class \(d.name) \(d.base.map(render) ?? "-") [\(d.body.map(render).joined(separator: " "))])"
    case .returnValue(let e, _): return "(return \(e.map(render) ?? ""))"
    case .pass: return "pass"
    case .importModules(let m, _): return "(import " + m.map { $0.name + ($0.alias.map { " as " + $0 } ?? "") }.joined(separator: ", ") + ")"
    case .importFrom(let m, let n, _): return "(from \(m) " + n.map(\.name).joined(separator: " ") + ")"
    default: return "\(s)".prefix { $0 != "(" }.description
    }
  }

  private func render(_ e: Expression) -> String {
    switch e {
    case .name(let n, _): return n
    case .constant(let c, _):
      switch c {
      case .int(let i): return String(i)
      case .float(let d): return String(d)
      case .string(let s): return "'\(s)'"
      case .bool(let b): return b ? "True" : "False"
      case .none: return "None"
      case .ellipsis: return "..."
      }
    case .binary(let op, let a, let b, _): return "(\(op.symbol) \(render(a)) \(render(b)))"
    case .unary(let op, let a, _): return "(\(op.rawValue) \(render(a)))"
    case .not(let a, _): return "(not \(render(a)))"
    case .logical(let isAnd, let a, let b, _): return "(\(isAnd ? "and" : "or") \(render(a)) \(render(b)))"
    case .compare(let first, let rest, _):
      return "(cmp \(render(first))" + rest.map { op, e in
        let symbol: String
        switch op {
        case .ordered(let o): symbol = o.symbol
        case .isIn: symbol = "in"
        case .notIn: symbol = "not-in"
        case .isSame: symbol = "is"
        case .isNotSame: symbol = "is-not"
        }
        return " \(symbol) \(render(e))"
      }.joined() + ")"
    case .call(let f, let args, _):
      return "(call \(render(f))" + args.map { a in
        switch a {
        case .positional(let e): return " " + render(e)
        case .keyword(let k, let e): return " \(k)=" + render(e)
        case .star(let e): return " *" + render(e)
        case .doubleStar(let e): return " **" + render(e)
        }
      }.joined() + ")"
    case .attribute(let o, let n, _): return "(. \(render(o)) \(n))"
    case .item(let o, let k, _): return "([] \(render(o)) \(render(k)))"
    case .slice(let a, let b, let c, _): return "(: \(a.map(render) ?? "") \(b.map(render) ?? "") \(c.map(render) ?? ""))"
    case .tuple(let items, _): return "(tuple " + items.map(render).joined(separator: " ") + ")"
    case .list(let items, _): return "[" + items.map(render).joined(separator: " ") + "]"
    case .starred(let e, _): return "*" + render(e)
    case .lambda(let p, let b, _): return "(lambda (\(p.names.joined(separator: " "))) \(render(b)))"
    case .conditional(let t, let b, let o, _): return "(if-expr \(render(t)) \(render(b)) \(render(o)))"
    case .comprehension(let c, _): return "(comp \(render(c.element)) " + c.clauses.map { "for \(render($0.target)) in \(render($0.iterable))" + $0.conditions.map { " if " + render($0) }.joined() }.joined(separator: " ") + ")"
    case .formatted(let parts, _): return "(f \(parts.count))"
    case .dict(let entries, _): return "{" + entries.map { ($0.key.map(render) ?? "**") + ":" + render($0.value) }.joined(separator: " ") + "}"
    case .set(let items, _): return "{set " + items.map(render).joined(separator: " ") + "}"
    case .yield(let value, let from, _): return "(yield\(from ? "-from" : "") \(value.map(render) ?? ""))"
    }
  }

  @Test(arguments: [
    ("1 + 2 * 3", "(+ 1 (* 2 3))"),
    ("-2 ** 2", "(- (** 2 2))"),
    ("2 ** -1", "(** 2 -1)"),
    ("a - b - c", "(- (- a b) c)"),
    ("not a and b or c", "(or (and (not a) b) c)"),
    ("a < b <= c", "(cmp a < b <= c)"),
    ("x not in y is not z", "(cmp x not-in y is-not z)"),
    ("f(a, *b, k=1, **d)", "(call f a *b k=1 **d)"),
    ("x.T @ w + b", "(+ (@ (. x T) w) b)"),
    ("m[1:, ::2]", "([] m (tuple (: 1  ) (:   2)))"),
    ("a[None, ...]", "([] a (tuple None ...))"),
    ("y if c else z", "(if-expr c y z)"),
    ("lambda x, y=1: x * y", "(lambda (x y) (* x y))"),
    ("[i * i for i in range(3) if i]", "(comp (* i i) for i in (call range 3) if i)"),
    ("a, *b = c", "(= (tuple a *b) c)"),
    ("x[0] += 1", "(+= ([] x 0) 1)"),
    ("a = b = 0", "(= a b 0)"),
    ("yield a, b", "(yield (tuple a b))"),
    ("x = yield", "(= x (yield ))"),
    ("yield from range(3)", "(yield-from (call range 3))"),
    ("import numpy as np, math", "(import numpy as np, math)"),
    ("from matplotlib import pyplot", "(from matplotlib pyplot)"),
    ("{'a': 1, **d}", "{'a':1 **:d}"),
  ])
  func parsesExpressionsWithPythonPrecedence(source: String, expected: String) throws {
    #expect(try tree(source) == expected)
  }

  @Test func parsesCompoundStatements() throws {
    let source = """
      def f(a, b=2, *args, k, **kw):
          for i in range(a):
              if i:
                  return i
          return None
      class C(Base):
          pass
      """
    #expect(
      try tree(source)
        == "(def f (a b k args kw) [(for i (call range a) [(if i [(return i)] [])]) (return None)]); (class C Base [pass])")
  }

  @Test(arguments: [
    ("for i in range(3)\n    pass\n", "expected ':'", 1, 18),
    ("if x:\npass\n", "expected an indented block after 'if' statement on line 1", 2, 1),
    ("f() = 1\n", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1),
    ("print 'x'\n", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1),
    ("f(a b)\n", "invalid syntax. Perhaps you forgot a comma?", 1, 5),
    ("x = = 1\n", "invalid syntax", 1, 5),
    ("def f(a=1, b): pass\n", "non-default argument follows default argument", 1, 12),
    ("f(k=1, 2)\n", "positional argument follows keyword argument", 1, 8),
    ("x + 1 += 2\n", "'expression' is an illegal expression for augmented assignment", 1, 3),
  ])
  func reportsSyntaxErrorsWithLocation(source: String, message: String, line: Int, column: Int) {
    do {
      _ = try Parser.parse(source)
      Issue.record("no error for \(source)")
    } catch {
      #expect(error.message == message)
      #expect(error.location == SourceLocation(line: line, column: column))
    }
  }
}

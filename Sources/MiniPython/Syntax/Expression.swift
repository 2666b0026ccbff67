/// An expression of the language, as the parser builds it. Every case carries its location.
indirect enum Expression: Sendable {
  case name(String, SourceLocation)
  case constant(Constant, SourceLocation)
  /// An f-string: literal text and `{expression!conversion:spec}` fields.
  case formatted([FormatPart], SourceLocation)
  case unary(UnaryOperator, Expression, SourceLocation)
  case not(Expression, SourceLocation)
  case binary(BinaryOperator, Expression, Expression, SourceLocation)
  /// `a and b` (`isAnd`) or `a or b`.
  case logical(isAnd: Bool, Expression, Expression, SourceLocation)
  /// `a < b <= c`: the first operand and each (operator, operand) that follows.
  case compare(Expression, [(Comparison, Expression)], SourceLocation)
  case call(Expression, [Argument], SourceLocation)
  case attribute(Expression, String, SourceLocation)
  case item(Expression, Expression, SourceLocation)
  case slice(Expression?, Expression?, Expression?, SourceLocation)
  case tuple([Expression], SourceLocation)
  case list([Expression], SourceLocation)
  case set([Expression], SourceLocation)
  /// `{k: v, **other}`: a `nil` key spreads a mapping.
  case dict([(key: Expression?, value: Expression)], SourceLocation)
  case starred(Expression, SourceLocation)
  case lambda(Parameters, Expression, SourceLocation)
  /// `body if test else orElse`.
  case conditional(test: Expression, body: Expression, orElse: Expression, SourceLocation)
  case comprehension(Comprehension, SourceLocation)
  /// `yield value`, `yield` (value `nil`) or `yield from iterable` (`from` true).
  case yield(Expression?, from: Bool, SourceLocation)

  /// A literal value.
  enum Constant: Sendable {
    case none, ellipsis
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
  }

  /// A comparison operator, including membership and identity.
  enum Comparison: Sendable {
    case ordered(BinaryOperator)
    case isIn, notIn, isSame, isNotSame
  }

  /// A call argument.
  enum Argument: Sendable {
    case positional(Expression)
    case keyword(String, Expression)
    /// `*iterable`
    case star(Expression)
    /// `**mapping`
    case doubleStar(Expression)
  }

  /// A piece of an f-string.
  enum FormatPart: Sendable {
    case literal(String)
    case field(Expression, conversion: Character?, spec: [FormatPart])
  }

  /// `[element for target in iterable if condition ...]` and its set, dict and generator forms.
  struct Comprehension: Sendable {
    enum Kind: Sendable { case list, set, dict, generator }
    var kind: Kind
    var element: Expression
    /// The value for a dict comprehension (`element` is then the key).
    var value: Expression?
    var clauses: [Clause]

    struct Clause: Sendable {
      var target: Expression
      var iterable: Expression
      var conditions: [Expression]
    }
  }

  /// Where the expression starts.
  var location: SourceLocation {
    switch self {
    case .name(_, let l), .constant(_, let l), .formatted(_, let l), .unary(_, _, let l), .not(_, let l),
      .binary(_, _, _, let l), .logical(_, _, _, let l), .compare(_, _, let l), .call(_, _, let l),
      .attribute(_, _, let l), .item(_, _, let l), .slice(_, _, _, let l), .tuple(_, let l),
      .list(_, let l), .set(_, let l), .dict(_, let l), .starred(_, let l), .lambda(_, _, let l),
      .conditional(_, _, _, let l), .comprehension(_, let l), .yield(_, _, let l):
      return l
    }
  }
}

/// A function's parameter list.
struct Parameters: Sendable {
  struct Parameter: Sendable {
    var name: String
    var defaultValue: Expression?
  }
  var positional: [Parameter] = []
  var varargs: String? = nil
  var keywordOnly: [Parameter] = []
  var varkw: String? = nil

  /// Every parameter name, in slot order.
  var names: [String] {
    positional.map(\.name) + keywordOnly.map(\.name) + [varargs, varkw].compactMap { $0 }
  }
}

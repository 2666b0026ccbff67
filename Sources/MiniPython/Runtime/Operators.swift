/// A binary operator of the language, including comparisons (`a < b`) and matrix product (`@`).
public enum BinaryOperator: String, Sendable, CaseIterable {
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case trueDivide = "/"
  case floorDivide = "//"
  case modulo = "%"
  case power = "**"
  case matrixMultiply = "@"
  case bitAnd = "&"
  case bitOr = "|"
  case bitXor = "^"
  case leftShift = "<<"
  case rightShift = ">>"
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessEqual = "<="
  case greater = ">"
  case greaterEqual = ">="

  /// The Python symbol (`"+"`).
  public var symbol: String { rawValue }

  /// Whether this is a comparison (`==`, `<`, ...).
  public var isComparison: Bool {
    switch self {
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return true
    default: return false
    }
  }

  /// The comparison with operands swapped: `a < b` is `b > a`.
  public var swapped: BinaryOperator {
    switch self {
    case .less: return .greater
    case .lessEqual: return .greaterEqual
    case .greater: return .less
    case .greaterEqual: return .lessEqual
    default: return self
    }
  }

  /// The dunder name Python uses (`"__add__"`), for user classes.
  public var dunder: String {
    switch self {
    case .add: return "add"
    case .subtract: return "sub"
    case .multiply: return "mul"
    case .trueDivide: return "truediv"
    case .floorDivide: return "floordiv"
    case .modulo: return "mod"
    case .power: return "pow"
    case .matrixMultiply: return "matmul"
    case .bitAnd: return "and"
    case .bitOr: return "or"
    case .bitXor: return "xor"
    case .leftShift: return "lshift"
    case .rightShift: return "rshift"
    case .equal: return "eq"
    case .notEqual: return "ne"
    case .less: return "lt"
    case .lessEqual: return "le"
    case .greater: return "gt"
    case .greaterEqual: return "ge"
    }
  }
}

/// A unary operator: `-x`, `+x`, `~x`, and `abs(x)` (`not x` is handled by the interpreter).
public enum UnaryOperator: String, Sendable {
  case negate = "-"
  case plus = "+"
  case invert = "~"
  case absolute = "abs()"
}

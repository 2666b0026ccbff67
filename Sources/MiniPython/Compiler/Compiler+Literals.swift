/// Subscript keys and arguments written as literals (`a[:, 1:3]`, `y[2, 3]`, `np.zeros((5, 64))`,
/// `x.reshape(-1, 1)`): the tuple or slice is made once, when the code is compiled, as CPython's
/// constant folding makes it, instead of on every evaluation. Tuples and slices are immutable, so
/// one value serves every evaluation.
extension Compiler {
  /// The value of `expression` when it is made of literals only (numbers, strings, `None`, `...`,
  /// negated numbers, and tuples and slices of those); nil otherwise.
  static func literalValue(_ expression: Expression) -> PyValue? {
    switch expression {
    case .constant(let constant, _):
      switch constant {
      case .none: return PyValue.none
      case .ellipsis: return .ellipsis
      case .bool(let b): return .bool(b)
      case .int(let i): return .int(i)
      case .float(let d): return .float(d)
      case .string(let s): return .str(s)
      }
    case .unary(.negate, .constant(.int(let i), _), _):
      let (negated, overflow) = (0).subtractingReportingOverflow(i)
      return overflow ? nil : .int(negated)
    case .unary(.negate, .constant(.float(let d), _), _):
      return .float(-d)
    case .slice(let start, let stop, let step, _):
      var parts: [PyValue] = []
      for part in [start, stop, step] {
        guard let part else {
          parts.append(.none)
          continue
        }
        guard let value = literalValue(part) else { return nil }
        parts.append(value)
      }
      return .slice(PySlice(start: parts[0], stop: parts[1], step: parts[2]))
    case .tuple(let items, _):
      var values: [PyValue] = []
      values.reserveCapacity(items.count)
      for item in items {
        guard let value = literalValue(item) else { return nil }
        values.append(value)
      }
      return .tuple(values)
    default:
      return nil
    }
  }
}

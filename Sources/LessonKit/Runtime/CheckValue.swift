/// A Python value as the checks see it, independent of the interpreter that produced it.
///
/// Arrays are a shape plus row-major `Double` scalars and a dtype name, the way numpy prints
/// them; lists and tuples of numbers compare like arrays of their shape.
public enum CheckValue: Sendable, Equatable, Codable {
  /// `None`.
  case none
  /// `True` / `False`.
  case bool(Bool)
  /// A Python `int`.
  case int(Int)
  /// A Python `float`.
  case float(Double)
  /// A Python `str`.
  case string(String)
  /// A numpy array: its shape, row-major scalars and dtype name (`float64`, `int64`, `bool`).
  case array(shape: [Int], scalars: [Double], dtype: String)
  /// A list.
  case list([CheckValue])
  /// A tuple.
  case tuple([CheckValue])
  /// Any other object, by its type name and its `repr`.
  case object(type: String, repr: String)

  /// The value as a numeric array (shape, scalars), if it is a number, a bool, an array or a
  /// rectangular list/tuple of numbers.
  public var numeric: (shape: [Int], scalars: [Double])? {
    switch self {
    case .bool(let b): return ([], [b ? 1 : 0])
    case .int(let i): return ([], [Double(i)])
    case .float(let x): return ([], [x])
    case .array(let shape, let scalars, _): return (shape, scalars)
    case .list(let items), .tuple(let items):
      let parts = items.map(\.numeric)
      guard parts.allSatisfy({ $0 != nil }) else { return nil }
      let rows = parts.map { $0! }  // checked above
      guard let first = rows.first else { return ([0], []) }
      guard rows.allSatisfy({ $0.shape == first.shape }) else { return nil }
      return ([rows.count] + first.shape, rows.flatMap(\.scalars))
    default: return nil
    }
  }

  /// The value as a shape, if it is a tuple or list of ints (`(4, 3)`), or an int (`4`).
  public var shapeValue: [Int]? {
    switch self {
    case .int(let i): return [i]
    case .tuple(let items), .list(let items):
      var shape: [Int] = []
      for item in items {
        guard case .int(let i) = item else { return nil }
        shape.append(i)
      }
      return shape
    default: return nil
    }
  }

  /// The Python type name, as `type(x).__name__` would say it.
  public var typeName: String {
    switch self {
    case .none: "NoneType"
    case .bool: "bool"
    case .int: "int"
    case .float: "float"
    case .string: "str"
    case .array: "ndarray"
    case .list: "list"
    case .tuple: "tuple"
    case .object(let type, _): type
    }
  }
}

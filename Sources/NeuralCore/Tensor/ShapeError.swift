/// A shape that an operation cannot accept, with both shapes named in the message.
public enum ShapeError: Error, Equatable, Sendable {
  /// Two shapes that do not broadcast together under numpy's rules.
  case notBroadcastable([Int], [Int])
  /// A reshape whose element counts differ, or whose `-1` cannot be inferred.
  case cannotReshape(from: [Int], to: [Int])
  /// A matrix product whose inner dimensions differ.
  case matmulMismatch([Int], [Int])
  /// Any other mismatch, described in words.
  case mismatch(String)
}

// MARK: - Conformance

extension ShapeError: CustomStringConvertible {
  /// The message a learner sees, in numpy's words where numpy has them.
  public var description: String {
    switch self {
    case .notBroadcastable(let a, let b):
      return "operands could not be broadcast together with shapes \(ShapeError.text(a)) \(ShapeError.text(b))"
    case .cannotReshape(let from, let to):
      return "cannot reshape array of size \(Tensor.count(of: from)) into shape \(ShapeError.text(to))"
    case .matmulMismatch(let a, let b):
      return "shapes \(ShapeError.text(a)) and \(ShapeError.text(b)) not aligned: "
        + "\(a.last ?? 0) (dim \(max(a.count - 1, 0))) != \(b.count >= 2 ? b[b.count - 2] : b.first ?? 0) (dim 0)"
    case .mismatch(let message):
      return message
    }
  }

  /// A shape written as numpy writes it: `(2, 3)`, `(4,)`, `()`.
  public static func text(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
  }
}

/// An n-dimensional array of `Double`, stored row-major, with value semantics.
///
/// `shape` lists the extent of each axis, outermost first; `scalars` holds the
/// `shape.reduce(1, *)` elements in row-major order. A rank-0 tensor (shape `[]`)
/// holds one scalar. Copies share storage until one of them is written
/// (copy-on-write, inherited from `Array`).
///
/// Equality is exact. Compare approximately through `Tolerance`.
public struct Tensor: Sendable, Equatable {
  /// The extent of each axis, outermost first.
  public private(set) var shape: [Int]
  /// The elements in row-major order.
  public var scalars: [Double]

  /// Creates a tensor from a shape and its row-major elements.
  ///
  /// - Precondition: every extent is non-negative and `scalars.count` equals their product.
  public init(shape: [Int], scalars: [Double]) {
    precondition(shape.allSatisfy { $0 >= 0 }, "negative extent in shape \(shape)")
    precondition(
      Tensor.count(of: shape) == scalars.count,
      "shape \(shape) needs \(Tensor.count(of: shape)) scalars, got \(scalars.count)")
    self.shape = shape
    self.scalars = scalars
  }

  /// Creates a tensor of the given shape with every element equal to `value`.
  public init(shape: [Int], repeating value: Double) {
    self.init(shape: shape, scalars: Array(repeating: value, count: Tensor.count(of: shape)))
  }

  /// Creates a tensor of zeros.
  public init(zeros shape: [Int]) {
    self.init(shape: shape, repeating: 0)
  }

  /// Creates a rank-0 tensor holding one scalar.
  public init(_ scalar: Double) {
    self.init(shape: [], scalars: [scalar])
  }

  /// Creates a rank-1 tensor.
  public init(_ vector: [Double]) {
    self.init(shape: [vector.count], scalars: vector)
  }

  /// Creates a rank-2 tensor from its rows.
  ///
  /// - Precondition: all rows have the same length.
  public init(_ rows: [[Double]]) {
    let width = rows.first?.count ?? 0
    precondition(rows.allSatisfy { $0.count == width }, "ragged rows: \(rows.map(\.count))")
    self.init(shape: [rows.count, width], scalars: rows.flatMap { $0 })
  }

  /// The number of axes.
  public var rank: Int { shape.count }

  /// The number of elements.
  public var count: Int { scalars.count }

  /// Row-major strides, in elements: `strides[i]` is the distance between neighbours along axis `i`.
  public var strides: [Int] { Tensor.strides(of: shape) }

  /// The element at a full multi-index.
  ///
  /// - Precondition: one index per axis, each within its extent (negative indices are not allowed here).
  public subscript(_ indices: Int...) -> Double {
    get { scalars[offset(of: indices)] }
    set { scalars[offset(of: indices)] = newValue }
  }

  /// The same elements under another shape; one extent may be `-1` to be inferred.
  ///
  /// - Throws: `ShapeError.cannotReshape` when the element counts differ or `-1` cannot be inferred.
  public func reshaped(to newShape: [Int]) throws(ShapeError) -> Tensor {
    let resolved = try Tensor.resolve(newShape, count: count, from: shape)
    return Tensor(shape: resolved, scalars: scalars)
  }

  /// Replaces the shape in place, keeping the elements.
  ///
  /// - Precondition: the new shape has the same number of elements.
  public mutating func reshape(to newShape: [Int]) {
    precondition(Tensor.count(of: newShape) == count, "cannot reshape \(shape) to \(newShape)")
    shape = newShape
  }

  /// The number of elements a shape holds.
  public static func count(of shape: [Int]) -> Int {
    shape.reduce(1, *)
  }

  /// Row-major strides of a shape, in elements.
  public static func strides(of shape: [Int]) -> [Int] {
    var strides = Array(repeating: 1, count: shape.count)
    var step = 1
    for axis in stride(from: shape.count - 1, through: 0, by: -1) {
      strides[axis] = step
      step *= shape[axis]
    }
    return strides
  }

  private func offset(of indices: [Int]) -> Int {
    precondition(indices.count == rank, "\(indices.count) indices for a tensor of shape \(shape)")
    var offset = 0
    for (axis, index) in indices.enumerated() {
      precondition(index >= 0 && index < shape[axis], "index \(index) out of range for axis \(axis) of \(shape)")
      offset = offset * shape[axis] + index
    }
    return offset
  }

  private static func resolve(_ shape: [Int], count: Int, from old: [Int]) throws(ShapeError) -> [Int] {
    let unknowns = shape.indices.filter { shape[$0] == -1 }
    guard unknowns.count <= 1, shape.allSatisfy({ $0 >= -1 }) else {
      throw .cannotReshape(from: old, to: shape)
    }
    let known = shape.filter { $0 != -1 }.reduce(1, *)
    guard let unknown = unknowns.first else {
      guard known == count else { throw .cannotReshape(from: old, to: shape) }
      return shape
    }
    guard known > 0, count % known == 0 else { throw .cannotReshape(from: old, to: shape) }
    var resolved = shape
    resolved[unknown] = count / known
    return resolved
  }
}

// MARK: - Conformance

extension Tensor: CustomStringConvertible {
  /// A short description: the shape and, for small tensors, the elements.
  public var description: String {
    let shapeText = "(" + shape.map(String.init).joined(separator: ", ") + (rank == 1 ? ",)" : ")")
    if count <= 8 {
      return "Tensor\(shapeText) [" + scalars.map { "\($0)" }.joined(separator: ", ") + "]"
    }
    return "Tensor\(shapeText)"
  }
}

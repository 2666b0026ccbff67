/// A lookup table of learned vectors: `y[…, :] = W[index, :]` for each integer index in `x`.
///
/// - `x`: indices of any shape `S` (e.g. `[N]` or `[N, T]`), held as whole numbers in `0..<V`;
///   `W`: `[V, D]`; `y`: `S + [D]`.
/// - `backward` adds each `dy[…, :]` into row `index` of `dW` (rows used twice get both);
///   `dx` is zero, since indices are not differentiable.
/// - Parameter: `"weight"` (`W`). Equivalent to multiplying one-hot rows by `W`, without building them.
public struct Embedding: Layer {
  /// `W`, `[V, D]`.
  public var weight: Tensor

  /// What `backward` needs: the indices.
  public struct Cache {
    public var indices: [Int]
    public var inputShape: [Int]
  }

  /// A table from the given weight `[V, D]`.
  public init(weight: Tensor) {
    precondition(weight.rank == 2, "Embedding needs W [V, D], got \(weight.shape)")
    self.weight = weight
  }

  /// A table of `vocabularySize` vectors of `dimension` elements, drawn by `initializer`.
  public init(
    vocabularySize: Int, dimension: Int, initializer: Initializer = .scaledNormal(scale: 0.01),
    using random: inout RandomState
  ) {
    self.init(weight: initializer.tensor(shape: [vocabularySize, dimension], using: &random))
  }

  /// `V`.
  public var vocabularySize: Int { weight.shape[0] }
  /// `D`.
  public var dimension: Int { weight.shape[1] }

  public var parameters: [String: Tensor] {
    get { ["weight": weight] }
    set { weight = Self.parameter("weight", in: newValue, shape: weight.shape) }
  }

  public func outputShape(forInputShape shape: [Int]) throws(ShapeError) -> [Int] {
    shape + [dimension]
  }

  /// Checks that every index is a whole number in `0..<V`.
  ///
  /// - Throws: `ShapeError.mismatch` naming the first bad index.
  public func validate(indices x: Tensor) throws(ShapeError) {
    for v in x.scalars where !(v >= 0 && v < Double(vocabularySize) && v == v.rounded()) {
      throw .mismatch("\(self) got index \(v), which is not in 0..<\(vocabularySize)")
    }
  }

  public func forward(_ x: Tensor) -> (output: Tensor, cache: Cache) {
    let d = dimension
    // Rounding lets a gradient check nudge an index without leaving the table.
    let indices = x.scalars.map { Int($0.rounded()) }
    var y = [Double]()
    y.reserveCapacity(indices.count * d)
    for index in indices {
      precondition(index >= 0 && index < vocabularySize, "\(self) got index \(index)")
      y.append(contentsOf: weight.scalars[(index * d)..<(index * d + d)])
    }
    return (Tensor(shape: x.shape + [d], scalars: y), Cache(indices: indices, inputShape: x.shape))
  }

  public func backward(_ dy: Tensor, cache: Cache) -> LayerGradients {
    let d = dimension
    var dW = [Double](repeating: 0, count: weight.count)
    for (position, index) in cache.indices.enumerated() {
      for k in 0..<d { dW[index * d + k] += dy.scalars[position * d + k] }
    }
    return LayerGradients(
      input: Tensor(zeros: cache.inputShape),
      parameters: ["weight": Tensor(shape: weight.shape, scalars: dW)])
  }
}

// MARK: - Conformance

extension Embedding: CustomStringConvertible {
  public var description: String {
    "Embedding(vocabularySize: \(vocabularySize), dimension: \(dimension))"
  }
}

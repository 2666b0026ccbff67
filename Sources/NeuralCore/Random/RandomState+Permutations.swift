extension RandomState {
  /// Shuffles an array in place, as numpy's legacy `shuffle`.
  ///
  /// Fisher-Yates from the end: for `i` from `n - 1` down to 1, swap `x[i]` with `x[j]`,
  /// `j = interval(i)` uniform in `0...i`.
  public mutating func shuffle<Element>(_ array: inout [Element]) {
    guard array.count > 1 else { return }
    for i in stride(from: array.count - 1, through: 1, by: -1) {
      let j = Int(interval(UInt64(i)))
      if i != j { array.swapAt(i, j) }
    }
  }

  /// Shuffles a tensor along its first axis in place, as `np.random.shuffle` does for an array.
  ///
  /// - Precondition: the tensor has at least one axis.
  public mutating func shuffle(_ tensor: inout Tensor) {
    precondition(tensor.rank >= 1, "shuffle needs at least one axis, got shape \(tensor.shape)")
    let rows = tensor.shape[0]
    var order = Array(0..<rows)
    shuffle(&order)
    tensor = RandomState.gatherRows(of: tensor, at: order)
  }

  /// A random ordering of `0..<n`, as `np.random.permutation(n)`; empty when `n <= 0`.
  public mutating func permutation(_ n: Int) -> [Int] {
    var order = Array(0..<max(n, 0))
    shuffle(&order)
    return order
  }

  /// A shuffled copy of an array, as `np.random.permutation(array)`.
  public mutating func permutation<Element>(_ array: [Element]) -> [Element] {
    var copy = array
    shuffle(&copy)
    return copy
  }

  /// A copy of a tensor with its rows (first axis) shuffled, as `np.random.permutation(array)`.
  ///
  /// - Precondition: the tensor has at least one axis.
  public mutating func permutation(_ tensor: Tensor) -> Tensor {
    var copy = tensor
    shuffle(&copy)
    return copy
  }

  /// The rows (first-axis slices) of `tensor` in the given order.
  static func gatherRows(of tensor: Tensor, at order: [Int]) -> Tensor {
    let width = tensor.shape.dropFirst().reduce(1, *)
    var scalars: [Double] = []
    scalars.reserveCapacity(order.count * width)
    for row in order {
      scalars.append(contentsOf: tensor.scalars[(row * width)..<((row + 1) * width)])
    }
    return Tensor(shape: [order.count] + tensor.shape.dropFirst(), scalars: scalars)
  }
}

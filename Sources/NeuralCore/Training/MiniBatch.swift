/// A slice of the training examples and their targets, used for one update.
///
/// - `input`: `[B, …]` and `expected`: `[B, …]`, the same `B` examples in the same order.
public struct MiniBatch: Sendable, Equatable {
  /// The examples, first axis `B`.
  public var input: Tensor
  /// Their targets, first axis `B`.
  public var expected: Tensor

  public init(input: Tensor, expected: Tensor) {
    self.input = input
    self.expected = expected
  }

  /// The number of examples, `B`.
  public var count: Int { input.shape.first ?? 0 }

  /// The examples shuffled together with their targets, then cut into batches of `size`.
  ///
  /// The course's `random_mini_batches`, with examples in rows: the order is
  /// `random.permutation(N)`, so `RandomState(seed: s)` gives numpy's
  /// `np.random.seed(s); np.random.permutation(N)`. There are `⌈N / size⌉` batches; the last
  /// holds the `N mod size` examples left over when `size` does not divide `N`.
  ///
  /// - Throws: `ShapeError.mismatch` when the inputs and targets hold different numbers of examples.
  /// - Precondition: `size > 0`.
  public static func shuffled(
    input: Tensor, expected: Tensor, size: Int, using random: inout RandomState
  ) throws(ShapeError) -> [MiniBatch] {
    let n = try exampleCount(input, expected)
    return batches(input: input, expected: expected, order: random.permutation(n), size: size)
  }

  /// The examples in their given order, cut into batches of `size` (the last one partial).
  ///
  /// - Throws: `ShapeError.mismatch` when the inputs and targets hold different numbers of examples.
  /// - Precondition: `size > 0`.
  public static func inOrder(input: Tensor, expected: Tensor, size: Int) throws(ShapeError)
    -> [MiniBatch]
  {
    let n = try exampleCount(input, expected)
    return batches(input: input, expected: expected, order: Array(0..<n), size: size)
  }

  private static func exampleCount(_ input: Tensor, _ expected: Tensor) throws(ShapeError) -> Int {
    guard let n = input.shape.first, expected.shape.first == n else {
      throw .mismatch(
        "inputs and targets need the same number of examples, got \(ShapeError.text(input.shape)) and \(ShapeError.text(expected.shape))"
      )
    }
    return n
  }

  private static func batches(input: Tensor, expected: Tensor, order: [Int], size: Int)
    -> [MiniBatch]
  {
    precondition(size > 0, "batch size must be positive, got \(size)")
    return stride(from: 0, to: order.count, by: size).map { start in
      let rows = Array(order[start..<min(start + size, order.count)])
      return MiniBatch(
        input: input.gathered(rows, alongAxis: 0), expected: expected.gathered(rows, alongAxis: 0))
    }
  }
}

// MARK: - Conformance

extension MiniBatch: CustomStringConvertible {
  public var description: String { "MiniBatch(\(count) examples)" }
}

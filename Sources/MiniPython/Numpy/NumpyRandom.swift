import NeuralCore

/// `np.random`: numpy's legacy global generator, over NeuralCore's `RandomState` (MT19937).
///
/// Every draw equals numpy's for the same seed and the same calls, bit for bit. A `nil` shape means
/// "no size": the caller gets a single value (a 0-d array it hands to Python as a scalar).
public final class NumpyRandom {
  public var state: RandomState

  /// A generator seeded as numpy seeds on first use when the learner never calls `seed`
  /// (numpy takes entropy from the OS; here a fixed seed keeps lessons reproducible).
  public init(seed: UInt32 = 0) {
    state = RandomState(seed: seed)
  }

  /// `np.random.seed(n)`.
  public func seed(_ value: Int) throws(NumpyError) {
    state = try wrap { () throws(RandomStateError) in try RandomState(validatingSeed: value) }
  }

  /// `np.random.rand(*shape)` / `random(size)` / `random_sample(size)`: uniform in [0, 1).
  public func randomSample(_ shape: [Int]?) throws(NumpyError) -> NDArray {
    let n = try count(shape)
    return NDArray(shape: shape ?? [], scalars: state.randomSample(count: n))
  }

  /// `np.random.randn(*shape)`: standard normal.
  public func standardNormal(_ shape: [Int]?) throws(NumpyError) -> NDArray {
    let n = try count(shape)
    return NDArray(shape: shape ?? [], scalars: state.standardNormal(count: n))
  }

  /// `np.random.uniform(low, high, size)`.
  public func uniform(low: Double = 0, high: Double = 1, _ shape: [Int]?) throws(NumpyError) -> NDArray {
    let n = try count(shape)
    return NDArray(shape: shape ?? [], scalars: state.uniform(low: low, high: high, count: n))
  }

  /// `np.random.normal(loc, scale, size)`.
  public func normal(mean: Double = 0, scale: Double = 1, _ shape: [Int]?) throws(NumpyError) -> NDArray {
    let n = try count(shape)
    let values = try wrap { () throws(RandomStateError) in try state.normal(loc: mean, scale: scale, count: n) }
    return NDArray(shape: shape ?? [], scalars: values)
  }

  /// `np.random.randint(low, high, size)`; `randint(n)` draws from `[0, n)`.
  public func randint(low: Int, high: Int?, _ shape: [Int]?) throws(NumpyError) -> NDArray {
    let (lower, upper) = high.map { (low, $0) } ?? (0, low)
    let n = try count(shape)
    let values = try wrap { () throws(RandomStateError) in try state.randint(low: lower, high: upper, count: n) }
    return NDArray(shape: shape ?? [], scalars: values.map(Double.init), dtype: .int64)
  }

  /// `np.random.permutation(n)`.
  public func permutation(_ n: Int) -> NDArray {
    NDArray(shape: [max(n, 0)], scalars: state.permutation(n).map(Double.init), dtype: .int64)
  }

  /// `np.random.permutation(array)`: a copy with the first axis shuffled.
  public func permutation(_ array: NDArray) throws(NumpyError) -> NDArray {
    if array.ndim == 0 { throw .index("x must be an integer or at least 1-dimensional") }
    let order = state.permutation(array.shape[0])
    return try array.subscriptedArray([.array(NDArray(shape: [order.count], scalars: order.map(Double.init), dtype: .int64))])
  }

  /// `np.random.shuffle(array)`: shuffles the first axis in place (through views too).
  public func shuffle(_ array: NDArray) throws(NumpyError) {
    let shuffled = try permutation(array)
    try array.assign(shuffled, at: [])
  }

  /// `np.random.choice(n, size, replace, p)`: indices from `0..<n`.
  public func choice(_ n: Int, _ shape: [Int]?, replace: Bool = true, p: [Double]? = nil) throws(NumpyError) -> NDArray {
    let k = try count(shape)
    let values = try wrap { () throws(RandomStateError) in try state.choice(n, count: k, replace: replace, p: p) }
    return NDArray(shape: shape ?? [], scalars: values.map(Double.init), dtype: .int64)
  }

  /// `np.random.choice(array, size, replace, p)`: elements of a 1-D array.
  public func choice(from array: NDArray, _ shape: [Int]?, replace: Bool = true, p: [Double]? = nil) throws(NumpyError) -> NDArray {
    if array.ndim != 1 { throw .value("a must be 1-dimensional") }
    let k = try count(shape)
    let values = try wrap { () throws(RandomStateError) in try state.choice(from: array.scalars, count: k, replace: replace, p: p) }
    return NDArray(shape: shape ?? [], scalars: values, dtype: array.dtype)
  }

  private func count(_ shape: [Int]?) throws(NumpyError) -> Int {
    guard let shape else { return 1 }
    if shape.contains(where: { $0 < 0 }) { throw .value("negative dimensions are not allowed") }
    try ArrayAllocation.check(shape)
    return shape.reduce(1, *)
  }

  private func wrap<T>(_ body: () throws(RandomStateError) -> T) throws(NumpyError) -> T {
    do {
      return try body()
    } catch {
      throw .value(error.description)
    }
  }
}

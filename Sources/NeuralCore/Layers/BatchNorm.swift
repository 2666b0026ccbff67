/// Batch normalisation over the last axis: normalise each feature by the batch's statistics,
/// then scale and shift by learned `γ` and `β`.
///
/// ```
/// training:   μ = mean(x), σ² = var(x) (biased), over every axis but the last
///             x̂ = (x − μ) / √(σ² + ε),   y = γ ⊙ x̂ + β
///             running ← momentum·running + (1 − momentum)·batch   (for μ and σ², in `commit`)
/// inference:  x̂ = (x − runningMean) / √(runningVariance + ε)
/// ```
///
/// - `x`, `y`: `[N, D]`, or `[N, height, width, D]` for images (per-channel statistics over
///   `N·height·width` values, which this file also calls `N`); `γ`, `β`: `[D]`.
/// - `backward` (training) returns `dβ = Σ dy`, `dγ = Σ dy ⊙ x̂`, and
///   `dx = (γ / (N·√(σ² + ε))) ⊙ (N·dy − Σ dy − x̂ ⊙ Σ(dy ⊙ x̂))`; in inference,
///   `dx = dy ⊙ γ / √(runningVariance + ε)`.
/// - Parameters: `"gamma"` and `"beta"`. Running averages are state, not parameters: they change
///   through `commit(_:)`, not through the optimizer. Defaults follow cs231n: momentum 0.9, ε 1e-5.
///
/// References: Ioffe and Szegedy, "Batch Normalization: Accelerating Deep Network Training by
/// Reducing Internal Covariate Shift", 2015.
public struct BatchNorm: Layer {
  /// `γ`, `[D]`, starts at 1.
  public var gamma: Tensor
  /// `β`, `[D]`, starts at 0.
  public var beta: Tensor
  /// The running mean used in inference, `[D]`.
  public var runningMean: Tensor
  /// The running variance used in inference, `[D]`.
  public var runningVariance: Tensor
  /// How much of the running averages each training batch keeps.
  public var momentum: Double
  /// `ε`, keeps the division finite for a constant feature.
  public var epsilon: Double
  /// Batch statistics (training) or running averages (inference).
  public var isTraining: Bool

  /// What `backward` and `commit` need.
  public struct Cache {
    /// `x̂`, the shape of `x`.
    public var normalized: Tensor
    /// `1/√(σ² + ε)`, `[D]`.
    public var inverseStandardDeviation: [Double]
    /// `μ` and `σ²` of the batch, `[D]` each (empty in inference).
    public var batchMean: [Double], batchVariance: [Double]
  }

  /// A layer for `featureCount` features, with `γ = 1`, `β = 0`, running mean 0 and variance 1.
  public init(
    featureCount: Int, momentum: Double = 0.9, epsilon: Double = 1e-5, isTraining: Bool = true
  ) {
    precondition(momentum >= 0 && momentum <= 1, "momentum must be in [0, 1], got \(momentum)")
    gamma = Tensor(shape: [featureCount], repeating: 1)
    beta = Tensor(zeros: [featureCount])
    runningMean = Tensor(zeros: [featureCount])
    runningVariance = Tensor(shape: [featureCount], repeating: 1)
    self.momentum = momentum
    self.epsilon = epsilon
    self.isTraining = isTraining
  }

  /// `D`.
  public var featureCount: Int { gamma.count }

  public var parameters: [String: Tensor] {
    get { ["gamma": gamma, "beta": beta] }
    set {
      gamma = Self.parameter("gamma", in: newValue, shape: gamma.shape)
      beta = Self.parameter("beta", in: newValue, shape: beta.shape)
    }
  }

  public func outputShape(forInputShape shape: [Int]) throws(ShapeError) -> [Int] {
    guard shape.count >= 2, shape.last == featureCount else {
      throw .mismatch(
        "\(self) expects input of shape (N, …, \(featureCount)), got \(ShapeError.text(shape))")
    }
    return shape
  }

  public func forward(_ x: Tensor) -> (output: Tensor, cache: Cache) {
    precondition(
      x.rank >= 2 && x.shape.last == featureCount,
      "\(self) expects [N, …, \(featureCount)], got \(x.shape)")
    let d = featureCount
    let n = x.count / max(d, 1)
    var mean = runningMean.scalars
    var variance = runningVariance.scalars
    var batchMean: [Double] = []
    var batchVariance: [Double] = []
    if isTraining {
      mean = [Double](repeating: 0, count: d)
      variance = [Double](repeating: 0, count: d)
      for (i, v) in x.scalars.enumerated() { mean[i % d] += v }
      for j in 0..<d { mean[j] /= Double(n) }
      for (i, v) in x.scalars.enumerated() {
        variance[i % d] += (v - mean[i % d]) * (v - mean[i % d])
      }
      for j in 0..<d { variance[j] /= Double(n) }
      (batchMean, batchVariance) = (mean, variance)
    }
    let inverseStd = variance.map { 1 / ($0 + epsilon).squareRoot() }
    var xHat = x.scalars
    var y = x.scalars
    for i in 0..<x.count {
      let j = i % d
      xHat[i] = (x.scalars[i] - mean[j]) * inverseStd[j]
      y[i] = gamma.scalars[j] * xHat[i] + beta.scalars[j]
    }
    let cache = Cache(
      normalized: Tensor(shape: x.shape, scalars: xHat), inverseStandardDeviation: inverseStd,
      batchMean: batchMean, batchVariance: batchVariance)
    return (Tensor(shape: x.shape, scalars: y), cache)
  }

  public func backward(_ dy: Tensor, cache: Cache) -> LayerGradients {
    let d = featureCount
    let n = Double(dy.count / max(d, 1))
    let xHat = cache.normalized.scalars
    var dGamma = [Double](repeating: 0, count: d)
    var dBeta = dGamma
    for (i, g) in dy.scalars.enumerated() {
      dBeta[i % d] += g
      dGamma[i % d] += g * xHat[i]
    }
    var dx = dy.scalars
    for i in 0..<dx.count {
      let j = i % d
      let scale = gamma.scalars[j] * cache.inverseStandardDeviation[j]
      dx[i] =
        cache.batchMean.isEmpty
        ? dy.scalars[i] * scale
        : scale / n * (n * dy.scalars[i] - dBeta[j] - xHat[i] * dGamma[j])
    }
    return LayerGradients(
      input: Tensor(shape: dy.shape, scalars: dx),
      parameters: ["gamma": Tensor(dGamma), "beta": Tensor(dBeta)])
  }

  public mutating func commit(_ cache: Cache) {
    guard !cache.batchMean.isEmpty else { return }
    let m = momentum
    runningMean = runningMean.zipWith(Tensor(cache.batchMean)) { r, b in m * r + (1 - m) * b }
    runningVariance = runningVariance.zipWith(Tensor(cache.batchVariance)) { r, b in
      m * r + (1 - m) * b
    }
  }

  public mutating func setTraining(_ isTraining: Bool) {
    self.isTraining = isTraining
  }
}

// MARK: - Conformance

extension BatchNorm: CustomStringConvertible {
  public var description: String {
    "BatchNorm(featureCount: \(featureCount), momentum: \(momentum), epsilon: \(epsilon))"
  }
}

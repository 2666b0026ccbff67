extension ToyDataset {
  /// Gaussian clusters around random centres, as scikit-learn's `make_blobs`, draw for draw.
  ///
  /// The `C` centres are drawn first, `uniform(centerBox.lowerBound, centerBox.upperBound, (C, D))`;
  /// then cluster `i` gets `N / C` points (the first `N mod C` clusters one more), drawn
  /// `centre[i] + standardDeviation · randn` row by row; then the rows are shuffled. The course's
  /// `make_blobs(n_samples=200, random_state=5, n_features=2, centers=6)` is
  /// `blobs(count: 200, centers: 6, seed: 5)`.
  ///
  /// - Returns: `x`: `[N, D]`, `y`: `[N]` with labels `0..<C` (examples in rows).
  /// - Precondition: `count >= 0`, `centers >= 1`, `features >= 1`, `standardDeviation >= 0`.
  public static func blobs(count: Int = 100, centers: Int = 3, features: Int = 2,
                           standardDeviation: Double = 1, centerBox: ClosedRange<Double> = -10...10,
                           shuffle: Bool = true, using generator: inout RandomState) -> ToyDataset {
    precondition(count >= 0 && centers >= 1 && features >= 1,
                 "blobs needs count >= 0, centers >= 1, features >= 1; got \(count), \(centers), \(features)")
    precondition(standardDeviation >= 0, "standardDeviation must be non-negative, got \(standardDeviation)")
    let centre = generator.uniform(low: centerBox.lowerBound, high: centerBox.upperBound, count: centers * features)
    var points: [Double] = []
    var labels: [Double] = []
    points.reserveCapacity(count * features)
    for cluster in 0..<centers {
      let size = count / centers + (cluster < count % centers ? 1 : 0)
      for _ in 0..<size {
        for feature in 0..<features {
          points.append(centre[cluster * features + feature] + standardDeviation * generator.standardNormal())
        }
        labels.append(Double(cluster))
      }
    }
    if shuffle {
      let order = generator.permutation(count)
      points = reorderRows(points, width: features, by: order)
      labels = order.map { labels[$0] }
    }
    return ToyDataset(x: Tensor(shape: [count, features], scalars: points), y: Tensor(labels))
  }

  /// Gaussian blobs from a fresh `RandomState(seed)`.
  ///
  /// - Returns: `x`: `[N, D]`, `y`: `[N]`.
  public static func blobs(count: Int = 100, centers: Int = 3, features: Int = 2,
                           standardDeviation: Double = 1, centerBox: ClosedRange<Double> = -10...10,
                           shuffle: Bool = true, seed: UInt32) -> ToyDataset {
    var generator = RandomState(seed: seed)
    return blobs(count: count, centers: centers, features: features, standardDeviation: standardDeviation,
                 centerBox: centerBox, shuffle: shuffle, using: &generator)
  }
}

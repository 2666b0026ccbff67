extension RandomState {
  /// `count` indices drawn from `0..<populationSize`, as numpy's legacy `choice(n, size, replace, p)`.
  ///
  /// numpy's algorithm, step for step:
  /// - with replacement, no `p`: `randint(0, n, size)`;
  /// - with replacement and `p`: `cdf = cumsum(p) / cdf[-1]`, then for each `u = random_sample()`
  ///   the index `searchsorted(cdf, u, side='right')`;
  /// - without replacement, no `p`: the first `size` entries of `permutation(n)`;
  /// - without replacement and `p`: rounds of `size - found` draws through the cdf of `p` with the
  ///   indices already found set to zero, keeping each round's new indices in order of first appearance.
  ///
  /// - Throws: numpy's `ValueError`s as `RandomStateError`: a population `<= 0` with `count > 0`,
  ///   `p` of the wrong length, with NaN, a negative entry or a sum off 1 by more than `sqrt(ε)`,
  ///   a negative `count`, and `count` beyond the population (or beyond `p`'s non-zero entries)
  ///   without replacement.
  public mutating func choice(_ populationSize: Int, count: Int, replace: Bool = true, p: [Double]? = nil)
    throws(RandomStateError) -> [Int]
  {
    guard populationSize > 0 || count == 0 else { throw .nonPositivePopulation(populationSize) }
    return try sampleIndices(populationSize: max(populationSize, 0), count: count, replace: replace, p: p)
  }

  /// One index drawn from `0..<populationSize`, as `np.random.choice(n, p=p)` (no `size`).
  ///
  /// - Throws: as `choice(_:count:replace:p:)`.
  public mutating func choice(_ populationSize: Int, replace: Bool = true, p: [Double]? = nil)
    throws(RandomStateError) -> Int
  {
    try choice(populationSize, count: 1, replace: replace, p: p)[0]
  }

  /// `count` elements drawn from an array, as `np.random.choice(array, size, replace, p)`.
  ///
  /// Draws the indices exactly as `choice(_:count:replace:p:)` does, then picks those elements.
  ///
  /// - Throws: as `choice(_:count:replace:p:)`; an empty array with `count > 0` is `emptyPopulation`.
  public mutating func choice<Element>(
    from population: [Element], count: Int, replace: Bool = true, p: [Double]? = nil
  ) throws(RandomStateError) -> [Element] {
    guard !population.isEmpty || count == 0 else { throw .emptyPopulation }
    return try sampleIndices(populationSize: population.count, count: count, replace: replace, p: p)
      .map { population[$0] }
  }

  private mutating func sampleIndices(populationSize n: Int, count: Int, replace: Bool, p: [Double]?)
    throws(RandomStateError) -> [Int]
  {
    if let p { try RandomState.validate(p, populationSize: n) }
    guard count >= 0 else { throw .negativeCount(count) }
    if replace {
      guard let p else { return try randint(low: 0, high: n, count: count) }
      let cdf = RandomState.normalisedCumulativeSum(p)
      return randomSample(count: count).map { RandomState.searchSortedRight(cdf, $0) }
    }
    guard count <= n else { throw .sampleLargerThanPopulation(count: count, population: n) }
    guard var p else { return Array(permutation(n).prefix(count)) }
    let nonZero = p.count(where: { $0 > 0 })
    guard nonZero >= count else { throw .tooFewNonZeroProbabilities(count: count, nonZero: nonZero) }
    var found: [Int] = []
    while found.count < count {
      let draws = randomSample(count: count - found.count)
      for index in found { p[index] = 0 }
      let cdf = RandomState.normalisedCumulativeSum(p)
      var seen = Set<Int>()
      for u in draws {
        let index = RandomState.searchSortedRight(cdf, u)
        if seen.insert(index).inserted { found.append(index) }
      }
    }
    return found
  }

  /// numpy's checks on `p`, in numpy's order.
  private static func validate(_ p: [Double], populationSize: Int) throws(RandomStateError) {
    guard p.count == populationSize else {
      throw .probabilitiesLengthMismatch(population: populationSize, probabilities: p.count)
    }
    let sum = kahanSum(p)
    guard !sum.isNaN else { throw .probabilitiesContainNaN }
    guard !p.contains(where: { $0 < 0 }) else { throw .negativeProbability }
    guard abs(sum - 1) <= Double.ulpOfOne.squareRoot() else { throw .probabilitiesDoNotSumToOne(sum) }
  }

  /// Compensated summation, as numpy's `kahan_sum` (used only to check that `p` sums to 1).
  private static func kahanSum(_ values: [Double]) -> Double {
    guard var sum = values.first else { return 0 }
    var compensation = 0.0
    for value in values.dropFirst() {
      let y = value - compensation
      let t = sum + y
      compensation = (t - sum) - y
      sum = t
    }
    return sum
  }

  /// `cumsum(p) / cumsum(p)[-1]`, summed left to right as numpy's `cumsum`.
  private static func normalisedCumulativeSum(_ p: [Double]) -> [Double] {
    var total = 0.0
    let cdf = p.map { value in
      total += value
      return total
    }
    return cdf.map { $0 / total }
  }

  /// The number of entries of a non-decreasing array that are `<= value` (`searchsorted(side='right')`).
  private static func searchSortedRight(_ sorted: [Double], _ value: Double) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] <= value { low = middle + 1 } else { high = middle }
    }
    return low
  }
}

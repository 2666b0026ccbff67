import NeuralCore
import Testing

/// One call replayed on a `RandomState` and the values numpy's `RandomState` returned for it.
///
/// The values are recorded by `make_vectors.py` (beside this file) into `RandomStateVectors.swift`.
enum RandomStep {
  case rand(count: Int, expect: [Double])
  case randn(count: Int, expect: [Double])
  case randomSample(expect: Double)
  case randint(low: Int, high: Int, count: Int, expect: [Int])
  case uniform(low: Double, high: Double, count: Int, expect: [Double])
  case normal(loc: Double, scale: Double, count: Int, expect: [Double])
  case permutation(n: Int, expect: [Int])
  case shuffle(n: Int, expect: [Int])
  case choice(n: Int, count: Int, replace: Bool, p: [Double]?, expect: [Int])
  /// `randn(count)`, of which only the last values were recorded.
  case randnTail(count: Int, expect: [Double])

  /// Replays the call and checks numpy's values exactly (bit for bit for doubles).
  func replay(on generator: inout RandomState, seed: UInt32, step: Int) throws {
    let comment = Comment(rawValue: "seed \(seed), step \(step): \(self)")
    switch self {
    case .rand(let count, let expect):
      #expect(generator.rand(shape: [count]).scalars == expect, comment)
    case .randn(let count, let expect):
      #expect(generator.randn(shape: [count]).scalars == expect, comment)
    case .randomSample(let expect):
      #expect(generator.randomSample() == expect, comment)
    case .randint(let low, let high, let count, let expect):
      #expect(try generator.randint(low: low, high: high, count: count) == expect, comment)
    case .uniform(let low, let high, let count, let expect):
      #expect(generator.uniform(low: low, high: high, count: count) == expect, comment)
    case .normal(let loc, let scale, let count, let expect):
      #expect(try generator.normal(loc: loc, scale: scale, count: count) == expect, comment)
    case .permutation(let n, let expect):
      #expect(generator.permutation(n) == expect, comment)
    case .shuffle(let n, let expect):
      var values = Array(0..<n)
      generator.shuffle(&values)
      #expect(values == expect, comment)
    case .choice(let n, let count, let replace, let p, let expect):
      #expect(try generator.choice(n, count: count, replace: replace, p: p) == expect, comment)
    case .randnTail(let count, let expect):
      #expect(Array(generator.standardNormal(count: count).suffix(expect.count)) == expect, comment)
    }
  }
}

@Suite struct RandomStateTests {
  @Test(arguments: RandomStateVectors.sequences.map(\.seed))
  func replaysNumpysCallSequence(seed: UInt32) throws {
    let steps = try #require(RandomStateVectors.sequences.first { $0.seed == seed }).steps
    var generator = RandomState(seed: seed)
    for (index, step) in steps.enumerated() {
      try step.replay(on: &generator, seed: seed, step: index)
    }
  }

  @Test func seedFillsTheStateLikeNumpy() {
    for (seed, first, last) in RandomStateVectors.seededKeys {
      let state = RandomState(seed: seed).state
      #expect(Array(state.key.prefix(4)) == first, "seed \(seed)")
      #expect(state.key.last == last, "seed \(seed)")
      #expect(state.position == 624)
      #expect(!state.hasGauss)
    }
  }

  @Test func arraySeedUsesInitByArray() {
    var generator = RandomState(seedKeys: [1, 2, 3])
    #expect(Array(generator.state.key.prefix(4)) == RandomStateVectors.arraySeededKey)
    #expect(generator.rand(shape: [3]).scalars == RandomStateVectors.arraySeededRand)
  }

  @Test func arraySeedOfOneWordMatchesPythonsRandomModule() {
    // python3: random.seed(42); [random.random() for _ in range(3)]
    var generator = RandomState(seedKeys: [42])
    #expect(generator.randomSample(count: 3) == [0.6394267984578837, 0.025010755222666936, 0.27502931836911926])
  }

  @Test func reseedingClearsTheCachedGaussian() {
    var generator = RandomState(seed: 0)
    _ = generator.standardNormal()
    generator.seed(0)
    var fresh = RandomState(seed: 0)
    #expect(generator.standardNormal() == fresh.standardNormal())
  }

  @Test func stateCarriesPositionAndCachedGaussian() throws {
    var generator = RandomState(seed: 7)
    _ = generator.randn(shape: [3])
    let saved = generator.state
    #expect(saved.position == RandomStateVectors.stateAfterRandn.position)
    #expect(saved.hasGauss)
    #expect(saved.cachedGaussian == RandomStateVectors.stateAfterRandn.gaussian)
    #expect(generator.rand(shape: [2]).scalars == RandomStateVectors.randAfterRandn)
    let afterward = generator.randn(shape: [5])
    generator.state = saved
    _ = generator.rand(shape: [2])
    #expect(generator.randn(shape: [5]) == afterward)
  }

  @Test func stateRoundTripsThroughItsParts() throws {
    var generator = RandomState(seed: 11)
    _ = generator.standardNormal(count: 701)
    let state = generator.state
    let rebuilt = try RandomState.State(
      key: state.key, position: state.position, hasGauss: state.hasGauss,
      cachedGaussian: state.cachedGaussian)
    var copy = RandomState(seed: 0)
    copy.state = rebuilt
    #expect(copy.standardNormal(count: 9) == generator.standardNormal(count: 9))
  }

  @Test func randShapesTheDrawsRowMajor() {
    var a = RandomState(seed: 42)
    var b = RandomState(seed: 42)
    let tensor = a.randn(shape: [2, 3])
    #expect(tensor.shape == [2, 3])
    #expect(tensor.scalars == b.standardNormal(count: 6))
    #expect(a.rand(shape: []).shape == [])
  }

  @Test func permutationOfATensorShufflesRows() {
    var generator = RandomState(seed: 0)
    let rows = Tensor(shape: [4, 3], scalars: (0..<12).map(Double.init))
    let permuted = generator.permutation(rows)
    #expect(permuted.shape == [4, 3])
    #expect(permuted.scalars == RandomStateVectors.permutedRows)
    #expect(generator.rand(shape: [2, 3]).scalars == RandomStateVectors.randAfterRows)
  }

  @Test func choiceFromAnArrayPicksByIndex() throws {
    var generator = RandomState(seed: 3)
    let letters = try generator.choice(from: ["a", "b", "c", "d"], count: 5, p: [0.1, 0.2, 0.3, 0.4])
    #expect(letters == RandomStateVectors.chosenLetters)
  }

  @Test func scalarCallsDrawLikeACountOfOne() throws {
    var a = RandomState(seed: 5)
    var b = RandomState(seed: 5)
    #expect(try a.randint(low: 0, high: 9) == b.randint(low: 0, high: 9, count: 1)[0])
    #expect(try a.choice(4, p: [0.25, 0.25, 0.25, 0.25]) == b.choice(4, count: 1, p: [0.25, 0.25, 0.25, 0.25])[0])
    #expect(try a.normal(loc: 2, scale: 3) == b.normal(loc: 2, scale: 3, count: 1)[0])
    #expect(a.uniform(low: 1, high: 2) == b.uniform(low: 1, high: 2, count: 1)[0])
  }

  @Test func drivesTheStandardLibrarysRandomAPI() {
    var a = RandomState(seed: 9)
    var b = RandomState(seed: 9)
    let high = UInt64(a.nextUInt32()) << 32 | UInt64(a.nextUInt32())
    #expect(b.next() == high)
    #expect((0..<20).allSatisfy { _ in (0..<5).contains(Int.random(in: 0..<5, using: &a)) })
  }

  @Test func descriptionsNameTheGenerator() {
    var generator = RandomState(seed: 0)
    #expect(generator.description == "RandomState(MT19937) at word 624 of 624")
    _ = generator.standardNormal()
    #expect(generator.description == "RandomState(MT19937) at word 4 of 624, one gaussian cached")
    #expect(RandomState(seed: 0).state.description == "('MT19937', [key of 624 words], 624, 0, 0.0)")
  }
}

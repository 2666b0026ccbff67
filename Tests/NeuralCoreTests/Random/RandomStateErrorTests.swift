import NeuralCore
import Testing

/// numpy's messages for the same mistakes, checked with numpy 2.4 (`ValueError: <message>`).
@Suite struct RandomStateErrorTests {
  static let messages: [(RandomStateError, String)] = [
    (.seedOutOfRange(-1), "Seed must be between 0 and 2**32 - 1"),
    (.emptyRange(low: 5, high: 5), "low >= high"),
    (.negativeScale(-1), "scale < 0"),
    (.negativeCount(-1), "negative dimensions are not allowed"),
    (.emptyPopulation, "'a' cannot be empty unless no samples are taken"),
    (.nonPositivePopulation(0), "a must be greater than 0 unless no samples are taken"),
    (.probabilitiesLengthMismatch(population: 3, probabilities: 2), "'a' and 'p' must have same size"),
    (.probabilitiesContainNaN, "probabilities contain NaN"),
    (.negativeProbability, "probabilities are not non-negative"),
    (.probabilitiesDoNotSumToOne(1.2), "probabilities do not sum to 1"),
    (.sampleLargerThanPopulation(count: 4, population: 3),
     "Cannot take a larger sample than population when 'replace=False'"),
    (.tooFewNonZeroProbabilities(count: 2, nonZero: 1), "Fewer non-zero entries in p than size"),
    (.wrongStateLength(2), "state must be 624 elements, got 2"),
    (.positionOutOfRange(625), "state position must be in 0...624, got 625"),
  ]

  @Test(arguments: messages)
  func readsLikeNumpy(error: RandomStateError, message: String) {
    #expect(error.description == message)
  }

  @Test func learnerMistakesThrowInsteadOfTrapping() {
    var generator = RandomState(seed: 0)
    #expect(throws: RandomStateError.seedOutOfRange(4_294_967_296)) {
      try RandomState(validatingSeed: 4_294_967_296)
    }
    #expect(throws: RandomStateError.emptyRange(low: 5, high: 5)) { try generator.randint(low: 5, high: 5) }
    #expect(throws: RandomStateError.negativeScale(-1)) { try generator.normal(scale: -1) }
    #expect(throws: RandomStateError.nonPositivePopulation(0)) { try generator.choice(0, count: 3) }
    #expect(throws: RandomStateError.emptyPopulation) { try generator.choice(from: [Int](), count: 1) }
    #expect(throws: RandomStateError.probabilitiesLengthMismatch(population: 3, probabilities: 2)) {
      try generator.choice(3, count: 2, p: [0.5, 0.5])
    }
    #expect(throws: RandomStateError.negativeProbability) {
      try generator.choice(3, count: 2, p: [0.5, 0.6, -0.1])
    }
    #expect(throws: RandomStateError.probabilitiesContainNaN) {
      try generator.choice(3, count: 2, p: [.nan, 0.5, 0.5])
    }
    #expect(throws: RandomStateError.sampleLargerThanPopulation(count: 4, population: 3)) {
      try generator.choice(3, count: 4, replace: false)
    }
    #expect(throws: RandomStateError.tooFewNonZeroProbabilities(count: 2, nonZero: 1)) {
      try generator.choice(3, count: 2, replace: false, p: [1, 0, 0])
    }
    #expect(throws: RandomStateError.wrongStateLength(2)) { try RandomState.State(key: [1, 2], position: 5) }
  }

  @Test func emptyRequestsDrawNothing() throws {
    var generator = RandomState(seed: 0)
    #expect(try generator.choice(0, count: 0) == [])
    #expect(try generator.randint(low: 3, high: 3, count: 0) == [])
    #expect(generator.state.position == 624)
  }

  @Test func sumWithinSquareRootOfEpsilonIsAccepted() throws {
    var generator = RandomState(seed: 0)
    #expect(try generator.choice(2, count: 1, p: [0.5, 0.5 + 1e-9]).count == 1)
    #expect(throws: RandomStateError.probabilitiesDoNotSumToOne(1.1)) {
      try generator.choice(2, count: 1, p: [0.5, 0.6])
    }
  }
}

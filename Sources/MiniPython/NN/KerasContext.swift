import NeuralCore

/// One session's Keras state: the generator that weights, dropout masks and shuffles draw from,
/// and the counters that name layers and models (`dense`, `dense_1`, `sequential`).
///
/// Keras draws from a global generator seeded differently on every run; here the generator starts
/// from seed 0 in every session, so a lesson gives the same numbers each time it runs.
/// `tf.random.set_seed(s)` and `keras.utils.set_random_seed(s)` reseed it.
final class KerasContext {
  /// The source of initial weights, dropout seeds and shuffling orders.
  var random = RandomState(seed: 0)
  private var nameCounts: [String: Int] = [:]

  init() {}

  /// Keras' automatic names: the first `dense`, then `dense_1`, `dense_2`, …
  func uniqueName(_ base: String) -> String {
    let count = nameCounts[base, default: 0]
    nameCounts[base] = count + 1
    return count == 0 ? base : "\(base)_\(count)"
  }

  /// A seed for a layer that owns its own generator (dropout).
  func nextSeed() -> UInt32 { random.nextUInt32() }

  /// Forgets the names given so far (`tf.keras.backend.clear_session()`): the next Dense is `dense`.
  func clearNames() { nameCounts = [:] }

  /// Restarts the generator (`tf.random.set_seed`).
  func reseed(_ seed: UInt32) { random = RandomState(seed: seed) }
}

extension ToyDataset {
  /// Windows of a noisy sine wave and the value that follows each, for sequence models.
  ///
  /// Window `i` starts at a random phase `φᵢ` uniform in `[0, 2π)` and advances `step` radians a time step:
  /// ```
  /// x[i, t, 0] = sin(φᵢ + t · step) + noise · z,   t = 0 ..< T
  /// y[i, 0]    = sin(φᵢ + T · step)                (the next value, without noise)
  /// ```
  /// A model that predicts `y` from `x` has to read the phase and direction of the wave from the window.
  ///
  /// - Returns: `x`: `[N, T, 1]` (examples, time steps, features: Keras' layout), `y`: `[N, 1]`.
  /// - Precondition: `count >= 0`, `timeSteps >= 1`, `noise >= 0`.
  public static func sineWindows(count: Int = 200, timeSteps: Int = 20, step: Double = 0.3, noise: Double = 0.05,
                                 using generator: inout RandomState) -> ToyDataset {
    precondition(count >= 0 && timeSteps >= 1 && noise >= 0,
                 "sineWindows needs count >= 0, timeSteps >= 1, noise >= 0; got \(count), \(timeSteps), \(noise)")
    var x: [Double] = []
    x.reserveCapacity(count * timeSteps)
    var y: [Double] = []
    for _ in 0..<count {
      let phase = generator.uniform(low: 0, high: 2 * Double.pi)
      for t in 0..<timeSteps {
        x.append(Elementary.sin(phase + Double(t) * step) + noise * generator.standardNormal())
      }
      y.append(Elementary.sin(phase + Double(timeSteps) * step))
    }
    return ToyDataset(x: Tensor(shape: [count, timeSteps, 1], scalars: x), y: Tensor(shape: [count, 1], scalars: y))
  }

  /// Noisy sine windows from a fresh `RandomState(seed)`.
  ///
  /// - Returns: `x`: `[N, T, 1]`, `y`: `[N, 1]`.
  public static func sineWindows(count: Int = 200, timeSteps: Int = 20, step: Double = 0.3, noise: Double = 0.05,
                                 seed: UInt32) -> ToyDataset {
    var generator = RandomState(seed: seed)
    return sineWindows(count: count, timeSteps: timeSteps, step: step, noise: noise, using: &generator)
  }
}

import NeuralCore
import TestSupport
import Testing

@Suite struct LearningRateScheduleTests {
  @Test func constantNeverChanges() {
    #expect(LearningRateSchedule.constant.learningRate(initial: 0.5, epoch: 1000) == 0.5)
  }

  @Test func inverseTimeHalvesWhenDecayTimesEpochIsOne() {
    let schedule = LearningRateSchedule.inverseTime(decayRate: 1)
    #expect(schedule.learningRate(initial: 0.5, epoch: 0) == 0.5)
    #expect(schedule.learningRate(initial: 0.5, epoch: 1) == 0.25)
    #expect(schedule.learningRate(initial: 0.5, epoch: 9) == 0.05)
  }

  @Test func exponentialMultipliesEachEpoch() {
    let schedule = LearningRateSchedule.exponential(base: 0.95)
    expectClose(schedule.learningRate(initial: 0.2, epoch: 2), 0.2 * 0.95 * 0.95)
  }

  @Test func staircaseMatchesTheCoursesScheduleLrDecay() {
    // def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
    //     return learning_rate0 / (1 + decay_rate * np.floor(epoch_num / time_interval))
    // schedule_lr_decay(0.5, 100, 0.3, 10) == 0.125; epoch 99 → 0.5 / (1 + 0.3·9) = 0.13513513513513511
    let schedule = LearningRateSchedule.staircase(decayRate: 0.3, interval: 10)
    #expect(schedule.learningRate(initial: 0.5, epoch: 100) == 0.125)
    expectClose(schedule.learningRate(initial: 0.5, epoch: 99), 0.13513513513513511)
    #expect(schedule.learningRate(initial: 0.5, epoch: 9) == 0.5)
  }

  @Test func descriptionsShowTheFormula() {
    #expect(LearningRateSchedule.inverseTime(decayRate: 1).description == "α₀ / (1 + 1.0·epoch)")
    #expect(
      LearningRateSchedule.staircase(decayRate: 0.3, interval: 10).description
        == "α₀ / (1 + 0.3·⌊epoch / 10⌋)")
  }
}

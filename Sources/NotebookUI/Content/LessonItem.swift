/// Something in a lesson the learner can select and act on: a code cell, a quiz or an exercise.
///
/// Items are named by what they are (the cell's number, the quiz's or exercise's id), never by
/// their position in the pane, so progress can point at them across edits of the lesson.
public enum LessonItem: Sendable, Hashable {
  /// Code cell `n` (0 is the lesson's first python cell).
  case cell(Int)
  case quiz(String)
  case exercise(String)
}

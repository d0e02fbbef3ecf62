namespace Spreiding.Core;

/// <summary>
/// Input that the domain refuses. The message is Dutch and meant for the user: what is wrong,
/// where, and what to do.
/// </summary>
public class InvalidInputException(string message) : Exception(message);

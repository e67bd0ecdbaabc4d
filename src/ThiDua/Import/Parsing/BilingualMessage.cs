namespace ThiDua.Import.Parsing;

/// <summary>A message for the user in Vietnamese and English (every import message comes in both).</summary>
public sealed record BilingualMessage(string Vi, string En);

namespace ThiDua.Web.Headline;

/// <summary>One card of the headline: a short title and its figures (HTML, encoded by whoever built it).</summary>
public sealed record HeadlineCard(string Id, string Title, string Html);

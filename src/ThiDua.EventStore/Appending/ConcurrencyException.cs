namespace ThiDua.EventStore.Appending;

/// <summary>The stream moved on since it was read: someone else appended first.</summary>
public sealed class ConcurrencyException : Exception
{
    public ConcurrencyException(string streamId, long expected, long actual)
        : base($"Stream '{streamId}' is at version {actual}, expected {expected}. / Luồng '{streamId}' đang ở phiên bản {actual}, không phải {expected}: đã có người ghi trước, hãy đọc lại và thử lại.")
    {
        StreamId = streamId;
        Expected = expected;
        Actual = actual;
    }

    public ConcurrencyException()
    {
        StreamId = string.Empty;
    }

    public ConcurrencyException(string message) : base(message)
    {
        StreamId = string.Empty;
    }

    public ConcurrencyException(string message, Exception inner) : base(message, inner)
    {
        StreamId = string.Empty;
    }

    public string StreamId { get; }
    public long Expected { get; }
    public long Actual { get; }
}

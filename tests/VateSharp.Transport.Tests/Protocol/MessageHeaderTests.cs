// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Transport.Protocol;

namespace VateSharp.Transport.Tests.Protocol;

public sealed class MessageHeaderTests
{
    public sealed class TryParse
    {
        [Theory]
        [InlineData(new byte[] { 0x56, 0x41, 0x54, 0x45, 1, 0x01, 0 }, true, "")]
        [InlineData(new byte[] { 0x56, 0x41, 0x54, 0x45, 2, 0x01, 0 }, false, "version 2")]
        [InlineData(new byte[] { 0x56, 0x41, 0x54, 0x58, 1, 0x01, 0 }, false, "VATE")]
        [InlineData(new byte[] { 0x56, 0x41, 0x54, 0x45, 1 }, false, "at least 7")]
        [InlineData(new byte[] { 0x56, 0x41, 0x54, 0x45, 1, 0x01, 1 }, false, "must be 87 bytes")]
        [InlineData(new byte[] { 0x56, 0x41, 0x54, 0x45, 1, 0x01, 0, 9 }, false, "must be 7 bytes")]
        public void Should_AcceptOnlyWellFormedHeaders(byte[] frame, bool valid, string error)
        {
            // When the frame is parsed
            var ok = MessageHeader.TryParse(frame, out var header, out _, out var message);

            // Then it is accepted or refused with a reason
            Assert.Equal(valid, ok);
            Assert.Contains(error, message, StringComparison.Ordinal);
            if (valid)
            {
                Assert.Equal(MessageKind.DetectRequest, header.Kind);
            }
        }

        [Fact]
        public void Should_ReturnTheToken_When_TheAuthFlagIsSet()
        {
            // Given a header written with a token
            var token = Enumerable.Range(0, AuthToken.Length).Select(i => (byte)i).ToArray();
            var frame = MessageHeader.Write(MessageKind.Ping, token);

            // When it is parsed
            Assert.True(MessageHeader.TryParse(frame, out var header, out var parsed, out _));

            // Then the flag is set and the token comes back
            Assert.True(header.HasAuthToken);
            Assert.Equal(token, parsed.ToArray());
        }
    }
}

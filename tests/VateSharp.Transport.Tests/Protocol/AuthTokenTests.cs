// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using NaCl;
using NetMQ;
using VateSharp.Transport.Protocol;

namespace VateSharp.Transport.Tests.Protocol;

public sealed class AuthTokenTests
{
    public sealed class TryOpen
    {
        [Fact]
        public void Should_OpenWithTheServerKey_When_SealedByTheClaimedClient()
        {
            // Given a token from a client to a server
            var server = new NetMQCertificate();
            var client = new NetMQCertificate();
            var token = AuthToken.Create(client.PublicKey, client.SecretKey, server.PublicKey, 1_700_000_000_000);
            using var box = new Curve25519XSalsa20Poly1305(server.SecretKey!, client.PublicKey);

            // When the server opens it
            var opened = AuthToken.TryOpen(token, box, out var time);

            // Then it holds the sealed time and claims the client's key
            Assert.True(opened);
            Assert.Equal(1_700_000_000_000, time);
            Assert.Equal(client.PublicKey, AuthToken.ClaimedKey(token).ToArray());
        }

        [Fact]
        public void Should_Fail_When_TheTokenClaimsAKeyItWasNotSealedWith()
        {
            // Given a token sealed by an impostor that claims a victim's public key
            var server = new NetMQCertificate();
            var victim = new NetMQCertificate();
            var impostor = new NetMQCertificate();
            var token = AuthToken.Create(victim.PublicKey, impostor.SecretKey, server.PublicKey, 1);
            using var box = new Curve25519XSalsa20Poly1305(server.SecretKey!, victim.PublicKey);

            // When the server opens it with the victim's box, then it fails
            Assert.False(AuthToken.TryOpen(token, box, out _));
        }
    }
}

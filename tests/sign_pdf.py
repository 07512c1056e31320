"""Signs a PDF with an incremental update, as an electronic parapheur does,
with a throw-away self-signed certificate made on the spot.

    python3 tests/sign_pdf.py IN.pdf OUT.pdf

Used by tests/acts.rs (pyhanko and cryptography, from PyPI).
"""
import datetime
import sys
import tempfile
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers


def certificate(folder: Path):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Parapheur de test")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(datetime.datetime(2000, 1, 1))
        .not_valid_after(datetime.datetime(2100, 1, 1))
        .sign(key, hashes.SHA256())
    )
    key_file, cert_file = folder / "key.pem", folder / "cert.pem"
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key_file, cert_file


def main(source: str, target: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        key_file, cert_file = certificate(Path(folder))
        signer = signers.SimpleSigner.load(str(key_file), str(cert_file))
        with open(source, "rb") as f:
            writer = IncrementalPdfFileWriter(f, strict=False)
            out = signers.sign_pdf(
                writer,
                signers.PdfSignatureMetadata(field_name="SignatureDeTest"),
                signer=signer,
                new_field_spec=fields.SigFieldSpec(sig_field_name="SignatureDeTest"),
            )
            Path(target).write_bytes(out.getbuffer())


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

//! The little binary codec of the model file: LEB128 varints, delta-coded
//! sorted integers, and readers that fail with a message instead of panicking.

/// Appends encoded values to a byte vector.
#[derive(Default)]
pub(crate) struct Writer {
    bytes: Vec<u8>,
}

impl Writer {
    pub fn raw(&mut self, bytes: &[u8]) {
        self.bytes.extend_from_slice(bytes);
    }

    pub fn varint(&mut self, mut value: u64) {
        while value >= 0x80 {
            self.bytes.push((value as u8) | 0x80);
            value >>= 7;
        }
        self.bytes.push(value as u8);
    }

    pub fn signed(&mut self, value: i64) {
        self.varint(((value << 1) ^ (value >> 63)) as u64);
    }

    pub fn sorted_u32s(&mut self, values: &[u32]) {
        self.varint(values.len() as u64);
        let mut last = 0u32;
        for &v in values {
            self.varint((v - last) as u64);
            last = v;
        }
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

/// Reads values back, in the order they were written.
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes, at: 0 }
    }

    pub fn raw(&mut self, len: usize) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(len).filter(|&e| e <= self.bytes.len()).ok_or("model file is truncated")?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    pub fn varint(&mut self) -> Result<u64, String> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.raw(1)?[0];
            value |= ((byte & 0x7f) as u64) << shift;
            if byte < 0x80 {
                return Ok(value);
            }
        }
        Err("model file has a malformed number".into())
    }

    pub fn signed(&mut self) -> Result<i64, String> {
        let v = self.varint()?;
        Ok(((v >> 1) as i64) ^ -((v & 1) as i64))
    }

    pub fn sorted_u32s(&mut self) -> Result<Vec<u32>, String> {
        let count = self.varint()? as usize;
        let mut out = Vec::with_capacity(count.min(self.bytes.len()));
        let mut last = 0u32;
        for _ in 0..count {
            last = last.checked_add(self.varint()? as u32).ok_or("model file has a malformed list")?;
            out.push(last);
        }
        Ok(out)
    }

    pub fn is_done(&self) -> bool {
        self.at == self.bytes.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip() {
        let mut w = Writer::default();
        w.varint(300);
        w.signed(-5);
        w.sorted_u32s(&[1, 7, 4_000_000_000]);
        let bytes = w.into_bytes();
        let mut r = Reader::new(&bytes);
        assert_eq!(r.varint().unwrap(), 300);
        assert_eq!(r.signed().unwrap(), -5);
        assert_eq!(r.sorted_u32s().unwrap(), [1, 7, 4_000_000_000]);
        assert!(r.is_done());
        assert!(r.varint().is_err());
    }
}
